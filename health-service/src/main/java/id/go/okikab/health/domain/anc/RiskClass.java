package id.go.okikab.health.domain.anc;

/** KSPR risk classes (Kartu Skor Poedji Rochjati). */
public enum RiskClass {
  /** Kehamilan Risiko Rendah: low risk (score 2) */
  KRR,
  /** Kehamilan Risiko Tinggi: high risk (6–10) */
  KRT,
  /** Kehamilan Risiko Sangat Tinggi: very high risk (12 and more) */
  KRST;

  public boolean isHigherThan(RiskClass other) {
    return other == null || compareTo(other) > 0;
  }
}

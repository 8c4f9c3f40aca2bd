package id.go.okikab.civilregistry.domain;

/** Documents this registry issues, with the code their numbers carry. */
public enum CertificateType {
  /** akta kelahiran */
  BIRTH("LT", "Akta Kelahiran"),
  /** akta kematian */
  DEATH("KM", "Akta Kematian"),
  /** Surat Keterangan Pindah WNI */
  SKPWNI("PWNI", "Surat Keterangan Pindah WNI");

  private final String numberCode;
  private final String title;

  CertificateType(String numberCode, String title) {
    this.numberCode = numberCode;
    this.title = title;
  }

  /** The code in the document number, e.g. {@code 1602-LT-27112026-0001}. */
  public String numberCode() {
    return numberCode;
  }

  public String title() {
    return title;
  }
}

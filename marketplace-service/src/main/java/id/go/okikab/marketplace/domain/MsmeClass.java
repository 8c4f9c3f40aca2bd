package id.go.okikab.marketplace.domain;

/** The size classes of PP 7/2021 Pasal 35–36, with the QRIS merchant criteria of each. */
public enum MsmeClass {
  MIKRO("UMI"),
  KECIL("UKE"),
  MENENGAH("UME"),
  BESAR("UBE");

  private final String qrisCriteria;

  MsmeClass(String qrisCriteria) {
    this.qrisCriteria = qrisCriteria;
  }

  /** The QRIS merchant criteria (tag 51, sub-tag 03): UMI, UKE, UME or UBE. */
  public String qrisCriteria() {
    return qrisCriteria;
  }
}

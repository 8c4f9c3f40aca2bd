package id.go.okikab.platform.domain;

/**
 * Status perkawinan (domain.md §1.3). Whether a marriage is registered ("kawin tercatat") is a
 * separate yes/no, not another code.
 */
public enum MaritalStatus implements SiakCode {
  BELUM_KAWIN(1, "Belum Kawin"),
  KAWIN(2, "Kawin"),
  CERAI_HIDUP(3, "Cerai Hidup"),
  CERAI_MATI(4, "Cerai Mati");

  private final int code;
  private final String label;

  MaritalStatus(int code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the person is or was married (a KTP-el is due from then on, UU 24/2013 Pasal 63). */
  public boolean everMarried() {
    return this != BELUM_KAWIN;
  }

  /**
   * @throws InvalidIdentifierException {@code marital-status-unknown}
   */
  public static MaritalStatus fromCode(String code) {
    return SiakCode.fromCode(MaritalStatus.class, code, "marital-status-unknown");
  }
}

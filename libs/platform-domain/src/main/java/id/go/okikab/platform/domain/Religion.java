package id.go.okikab.platform.domain;

/**
 * Agama (domain.md §1.3), with code 7 for the beliefs recognised by MK decision 97/PUU-XIV/2016.
 */
public enum Religion implements SiakCode {
  ISLAM(1, "Islam"),
  KRISTEN(2, "Kristen"),
  KATHOLIK(3, "Katholik"),
  HINDU(4, "Hindu"),
  BUDHA(5, "Budha"),
  KHONGHUCU(6, "Khonghucu"),
  KEPERCAYAAN(7, "Kepercayaan terhadap Tuhan YME");

  private final int code;
  private final String label;

  Religion(int code, String label) {
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

  /**
   * @throws InvalidIdentifierException {@code religion-unknown}
   */
  public static Religion fromCode(String code) {
    return SiakCode.fromCode(Religion.class, code, "religion-unknown");
  }
}

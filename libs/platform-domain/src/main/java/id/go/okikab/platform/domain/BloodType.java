package id.go.okikab.platform.domain;

/** Golongan darah (domain.md §1.3); 13 "Tidak Tahu" when unknown. */
public enum BloodType implements SiakCode {
  A(1, "A"),
  B(2, "B"),
  AB(3, "AB"),
  O(4, "O"),
  A_POSITIVE(5, "A+"),
  A_NEGATIVE(6, "A-"),
  B_POSITIVE(7, "B+"),
  B_NEGATIVE(8, "B-"),
  AB_POSITIVE(9, "AB+"),
  AB_NEGATIVE(10, "AB-"),
  O_POSITIVE(11, "O+"),
  O_NEGATIVE(12, "O-"),
  UNKNOWN(13, "Tidak Tahu");

  private final int code;
  private final String label;

  BloodType(int code, String label) {
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
   * @throws InvalidIdentifierException {@code blood-type-unknown}
   */
  public static BloodType fromCode(String code) {
    return SiakCode.fromCode(BloodType.class, code, "blood-type-unknown");
  }
}

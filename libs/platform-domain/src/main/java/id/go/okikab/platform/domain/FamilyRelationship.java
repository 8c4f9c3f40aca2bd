package id.go.okikab.platform.domain;

/**
 * Status hubungan dalam keluarga (SHDK): a member's relationship to the head of the family card
 * (domain.md §1.3). A family card has exactly one {@link #HEAD}.
 */
public enum FamilyRelationship implements SiakCode {
  HEAD(1, "Kepala Keluarga"),
  HUSBAND(2, "Suami"),
  WIFE(3, "Istri"),
  CHILD(4, "Anak"),
  CHILD_IN_LAW(5, "Menantu"),
  GRANDCHILD(6, "Cucu"),
  PARENT(7, "Orang Tua"),
  PARENT_IN_LAW(8, "Mertua"),
  OTHER_RELATIVE(9, "Famili Lain"),
  HOUSEHOLD_HELPER(10, "Pembantu"),
  OTHER(11, "Lainnya");

  private final int code;
  private final String label;

  FamilyRelationship(int code, String label) {
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

  /** Whether this is the head's spouse ({@link #HUSBAND} or {@link #WIFE}). */
  public boolean isSpouse() {
    return this == HUSBAND || this == WIFE;
  }

  /**
   * @throws InvalidIdentifierException {@code shdk-unknown}
   */
  public static FamilyRelationship fromCode(int code) {
    return SiakCode.fromCode(FamilyRelationship.class, code, "shdk-unknown");
  }

  /**
   * @throws InvalidIdentifierException {@code shdk-unknown}
   */
  public static FamilyRelationship fromCode(String code) {
    return SiakCode.fromCode(FamilyRelationship.class, code, "shdk-unknown");
  }
}

package id.go.okikab.permits.domain.zoning;

/** The overall KKPR conformity of a location and activity. */
public enum ConformityOutcome {
  CONFORM,
  CONFORM_WITH_CONDITIONS,
  NOT_CONFORM;

  /** I everywhere → conform; T or B somewhere (no X) → with conditions; any X → not conform. */
  public static ConformityOutcome of(Itbx strictest) {
    return switch (strictest) {
      case I -> CONFORM;
      case T, B -> CONFORM_WITH_CONDITIONS;
      case X -> NOT_CONFORM;
    };
  }
}

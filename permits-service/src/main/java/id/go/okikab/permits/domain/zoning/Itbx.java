package id.go.okikab.permits.domain.zoning;

/**
 * The zoning regulation's answer for an activity in a zone (domain.md §8): I allowed, T allowed
 * with limits, B allowed with conditions, X prohibited. Ordered from the most to the least
 * permissive, so that the strictest of several zones is the greatest.
 */
public enum Itbx {
  I,
  T,
  B,
  X;

  public Itbx stricter(Itbx other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}

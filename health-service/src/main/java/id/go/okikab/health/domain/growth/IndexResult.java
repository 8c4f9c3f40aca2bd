package id.go.okikab.health.domain.growth;

import java.math.BigDecimal;

/**
 * One index of a measurement.
 *
 * @param z the z-score rounded to 2 decimals (restricted for weight-based indices), or null when
 *     not computed
 * @param growthClass the Permenkes 2/2020 class, or null when not classified (implausible, not
 *     computed, or an index the regulation does not classify)
 */
public record IndexResult(
    Indicator indicator, Status status, BigDecimal z, GrowthClass growthClass) {

  /** What became of the index. */
  public enum Status {
    /** z computed and classified */
    CLASSIFIED,
    /** z computed; the regulation has no categories for it (head circumference) */
    COMPUTED,
    /** z beyond WHO Anthro's plausible range: flagged for re-measurement, not classified */
    IMPLAUSIBLE,
    /** an input is missing or outside the tables (age over 60 months, length outside the range) */
    NOT_COMPUTED
  }

  static IndexResult notComputed(Indicator indicator) {
    return new IndexResult(indicator, Status.NOT_COMPUTED, null, null);
  }
}

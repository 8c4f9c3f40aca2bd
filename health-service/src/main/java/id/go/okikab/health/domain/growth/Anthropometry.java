package id.go.okikab.health.domain.growth;

import id.go.okikab.platform.domain.Sex;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Z-scores and classes of one measurement of a child (WHO Child Growth Standards 2006, Permenkes
 * 2/2020): pure computation over {@link GrowthStandards}.
 *
 * <ul>
 *   <li>Age is in completed days, as in WHO Anthro; the tables end at 1826 days (60 months).
 *   <li>Length/height: under 731 days a standing measurement gets +0.7 cm, from 731 days a lying
 *       one −0.7 cm, so indices under 731 days are length-based and from 731 days height-based.
 *   <li>Weight-for-length (45–110 cm) under 731 days, weight-for-height (65–120 cm) from 731 days,
 *       interpolated between the 0.1 cm rows when the length is not on the grid.
 *   <li>Weight-based indices use WHO's restricted z beyond ±3; length/height- and head
 *       circumference-for-age the plain LMS formula.
 *   <li>Implausible values (WHO Anthro flags) are kept and flagged, never classified.
 * </ul>
 */
public final class Anthropometry {

  /** WHO: 0.7 cm between recumbent length and standing height. */
  public static final double LYING_STANDING_DIFFERENCE_CM = 0.7;

  /** First day measured standing as the norm (24 months). */
  public static final int STANDING_FROM_DAYS = 731;

  private final GrowthStandards standards;

  public Anthropometry(GrowthStandards standards) {
    this.standards = standards;
  }

  /** One measurement's inputs; null for what was not measured. */
  public record Measurement(
      Sex sex,
      int ageDays,
      Double weightKg,
      Double lengthCm,
      Position position,
      Double headCircumferenceCm) {}

  /**
   * The result.
   *
   * @param adjustedLengthCm the length/height used for the indices after the ±0.7 cm rule
   * @param bmi weight / (adjusted length in m)², unrounded
   */
  public record Assessment(
      Double adjustedLengthCm, Double bmi, Map<Indicator, IndexResult> indices) {

    public IndexResult index(Indicator indicator) {
      return indices.get(indicator);
    }
  }

  /** Length adjusted by the ±0.7 cm rule for the child's age. */
  public static double adjustedLength(double lengthCm, Position position, int ageDays) {
    double adjusted = lengthCm;
    if (ageDays < STANDING_FROM_DAYS && position == Position.STANDING) {
      adjusted = lengthCm + LYING_STANDING_DIFFERENCE_CM;
    } else if (ageDays >= STANDING_FROM_DAYS && position == Position.LYING) {
      adjusted = lengthCm - LYING_STANDING_DIFFERENCE_CM;
    }
    // keep the 0.1 cm grid exact (80.0 − 0.7 is 79.3, not 79.30000000000001)
    return Math.round(adjusted * 1000) / 1000.0;
  }

  public Assessment assess(Measurement m) {
    Map<Indicator, IndexResult> indices = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      indices.put(indicator, IndexResult.notComputed(indicator));
    }
    int age = m.ageDays();
    Double length =
        m.lengthCm() == null || m.position() == null
            ? null
            : adjustedLength(m.lengthCm(), m.position(), age);
    Double bmi =
        length == null || m.weightKg() == null
            ? null
            : m.weightKg() / ((length / 100) * (length / 100));

    if (m.weightKg() != null) {
      standards
          .weightForAge(m.sex(), age)
          .ifPresent(
              lms ->
                  indices.put(
                      Indicator.WEIGHT_FOR_AGE,
                      index(Indicator.WEIGHT_FOR_AGE, lms, m.weightKg())));
    }
    if (length != null) {
      standards
          .lengthForAge(m.sex(), age)
          .ifPresent(
              lms ->
                  indices.put(
                      Indicator.LENGTH_HEIGHT_FOR_AGE,
                      index(Indicator.LENGTH_HEIGHT_FOR_AGE, lms, length)));
    }
    if (length != null && m.weightKg() != null && age >= 0 && age <= GrowthStandards.MAX_AGE_DAYS) {
      Optional<Lms> lms =
          age < STANDING_FROM_DAYS
              ? standards.weightForLength(m.sex(), length)
              : standards.weightForHeight(m.sex(), length);
      lms.ifPresent(
          row ->
              indices.put(
                  Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
                  index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, row, m.weightKg())));
    }
    if (bmi != null) {
      standards
          .bmiForAge(m.sex(), age)
          .ifPresent(
              lms -> indices.put(Indicator.BMI_FOR_AGE, index(Indicator.BMI_FOR_AGE, lms, bmi)));
    }
    if (m.headCircumferenceCm() != null) {
      standards
          .headCircumferenceForAge(m.sex(), age)
          .ifPresent(
              lms ->
                  indices.put(
                      Indicator.HEAD_CIRCUMFERENCE_FOR_AGE,
                      index(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, lms, m.headCircumferenceCm())));
    }
    return new Assessment(length, bmi, indices);
  }

  /** The z-score of one index, unrounded (restricted for weight-based indices). */
  public static double zScore(Indicator indicator, Lms lms, double y) {
    return indicator.weightBased() ? lms.zRestricted(y) : lms.z(y);
  }

  private static IndexResult index(Indicator indicator, Lms lms, double y) {
    var rounded = Classification.round(zScore(indicator, lms, y));
    if (indicator.implausible(rounded.doubleValue())) {
      return new IndexResult(indicator, IndexResult.Status.IMPLAUSIBLE, rounded, null);
    }
    if (indicator == Indicator.HEAD_CIRCUMFERENCE_FOR_AGE) {
      return new IndexResult(indicator, IndexResult.Status.COMPUTED, rounded, null);
    }
    return new IndexResult(
        indicator,
        IndexResult.Status.CLASSIFIED,
        rounded,
        Classification.classify(indicator, rounded));
  }
}

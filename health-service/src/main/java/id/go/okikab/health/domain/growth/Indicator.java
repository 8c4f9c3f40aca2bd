package id.go.okikab.health.domain.growth;

/** The anthropometric indices of Permenkes 2/2020, with the WHO Anthro plausibility flags. */
public enum Indicator {
  /** BB/U: weight-for-age. Implausible when z < −6 or z > +5. */
  WEIGHT_FOR_AGE("BB/U", true, -6, 5),
  /** PB/U (0–730 days, lying) or TB/U (731+ days, standing). Implausible when |z| > 6. */
  LENGTH_HEIGHT_FOR_AGE("PB/U or TB/U", false, -6, 6),
  /** BB/PB (under 731 days) or BB/TB. Implausible when |z| > 5. */
  WEIGHT_FOR_LENGTH_HEIGHT("BB/PB or BB/TB", true, -5, 5),
  /** IMT/U: BMI-for-age. Implausible when |z| > 5. */
  BMI_FOR_AGE("IMT/U", true, -5, 5),
  /** Head circumference-for-age (LK/U). Implausible when |z| > 5. */
  HEAD_CIRCUMFERENCE_FOR_AGE("LK/U", false, -5, 5);

  private final String label;
  private final boolean weightBased;
  private final double lowestPlausible;
  private final double highestPlausible;

  Indicator(String label, boolean weightBased, double lowestPlausible, double highestPlausible) {
    this.label = label;
    this.weightBased = weightBased;
    this.lowestPlausible = lowestPlausible;
    this.highestPlausible = highestPlausible;
  }

  /** The Indonesian index name (Permenkes 2/2020). */
  public String label() {
    return label;
  }

  /** Weight-based indices use WHO's restricted z-score beyond ±3. */
  public boolean weightBased() {
    return weightBased;
  }

  /** Whether a (rounded) z-score is outside WHO Anthro's plausible range for this index. */
  public boolean implausible(double z) {
    return z < lowestPlausible || z > highestPlausible;
  }
}

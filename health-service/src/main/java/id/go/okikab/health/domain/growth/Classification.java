package id.go.okikab.health.domain.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cut-offs of Permenkes 2/2020 (domain.md §2.5) for children of 0–60 months.
 *
 * <p><b>Boundary rule:</b> the z-score is first rounded to 2 decimals (half away from zero, as WHO
 * Anthro displays it), then classified with the regulation's intervals: "pendek" is −3 SD to &lt;
 * −2 SD, so a z of −2.0019 rounds to −2.00 and is normal, −2.005 rounds to −2.01 and is stunted,
 * and −3.00 is stunted, not severely stunted. The stored and shown z-score is the rounded one, so
 * what a midwife sees is what was classified.
 */
public final class Classification {

  private Classification() {}

  /** {@code z} rounded to 2 decimals, half away from zero. */
  public static BigDecimal round(double z) {
    return BigDecimal.valueOf(z).setScale(2, RoundingMode.HALF_UP);
  }

  /** The class of a rounded z-score for an index. */
  public static GrowthClass classify(Indicator indicator, BigDecimal rounded) {
    double z = rounded.doubleValue();
    return switch (indicator) {
      case WEIGHT_FOR_AGE -> {
        if (z < -3) {
          yield GrowthClass.SEVERELY_UNDERWEIGHT;
        } else if (z < -2) {
          yield GrowthClass.UNDERWEIGHT;
        } else if (z <= 1) {
          yield GrowthClass.NORMAL_WEIGHT;
        }
        yield GrowthClass.RISK_OF_OVERWEIGHT_FOR_AGE;
      }
      case LENGTH_HEIGHT_FOR_AGE -> {
        if (z < -3) {
          yield GrowthClass.SEVERELY_STUNTED;
        } else if (z < -2) {
          yield GrowthClass.STUNTED;
        } else if (z <= 3) {
          yield GrowthClass.NORMAL_HEIGHT;
        }
        yield GrowthClass.TALL;
      }
      case WEIGHT_FOR_LENGTH_HEIGHT, BMI_FOR_AGE -> {
        if (z < -3) {
          yield GrowthClass.SEVERELY_WASTED;
        } else if (z < -2) {
          yield GrowthClass.WASTED;
        } else if (z <= 1) {
          yield GrowthClass.NORMAL_NUTRITION;
        } else if (z <= 2) {
          yield GrowthClass.POSSIBLE_RISK_OF_OVERWEIGHT;
        } else if (z <= 3) {
          yield GrowthClass.OVERWEIGHT;
        }
        yield GrowthClass.OBESE;
      }
      case HEAD_CIRCUMFERENCE_FOR_AGE ->
          throw new IllegalArgumentException("Permenkes 2/2020 has no categories for LK/U");
    };
  }
}

package id.go.okikab.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Permenkes 2/2020 cut-offs and the boundary rule: round z to 2 decimals (half away from zero),
 * then classify with the regulation's intervals.
 */
class ClassificationTest {

  @ParameterizedTest(name = "{0}: z {1} -> {2}")
  @CsvSource({
    // PB/U, TB/U: < -3 | -3 to < -2 | -2 to +3 | > +3
    "LENGTH_HEIGHT_FOR_AGE, -3.005, SEVERELY_STUNTED",
    "LENGTH_HEIGHT_FOR_AGE, -3.004, STUNTED",
    "LENGTH_HEIGHT_FOR_AGE, -3.00, STUNTED",
    "LENGTH_HEIGHT_FOR_AGE, -2.005, STUNTED",
    "LENGTH_HEIGHT_FOR_AGE, -2.0049, NORMAL_HEIGHT",
    "LENGTH_HEIGHT_FOR_AGE, -2.0019, NORMAL_HEIGHT",
    "LENGTH_HEIGHT_FOR_AGE, -2.00, NORMAL_HEIGHT",
    "LENGTH_HEIGHT_FOR_AGE, 3.00, NORMAL_HEIGHT",
    "LENGTH_HEIGHT_FOR_AGE, 3.004, NORMAL_HEIGHT",
    "LENGTH_HEIGHT_FOR_AGE, 3.005, TALL",
    // BB/U: < -3 | -3 to < -2 | -2 to +1 | > +1
    "WEIGHT_FOR_AGE, -3.01, SEVERELY_UNDERWEIGHT",
    "WEIGHT_FOR_AGE, -3.00, UNDERWEIGHT",
    "WEIGHT_FOR_AGE, -2.01, UNDERWEIGHT",
    "WEIGHT_FOR_AGE, -2.00, NORMAL_WEIGHT",
    "WEIGHT_FOR_AGE, 1.00, NORMAL_WEIGHT",
    "WEIGHT_FOR_AGE, 1.004, NORMAL_WEIGHT",
    "WEIGHT_FOR_AGE, 1.01, RISK_OF_OVERWEIGHT_FOR_AGE",
    // BB/PB, BB/TB: < -3 | -3 to < -2 | -2 to +1 | > +1 to +2 | > +2 to +3 | > +3
    "WEIGHT_FOR_LENGTH_HEIGHT, -3.01, SEVERELY_WASTED",
    "WEIGHT_FOR_LENGTH_HEIGHT, -3.00, WASTED",
    "WEIGHT_FOR_LENGTH_HEIGHT, -2.01, WASTED",
    "WEIGHT_FOR_LENGTH_HEIGHT, -2.00, NORMAL_NUTRITION",
    "WEIGHT_FOR_LENGTH_HEIGHT, 1.00, NORMAL_NUTRITION",
    "WEIGHT_FOR_LENGTH_HEIGHT, 1.01, POSSIBLE_RISK_OF_OVERWEIGHT",
    "WEIGHT_FOR_LENGTH_HEIGHT, 2.00, POSSIBLE_RISK_OF_OVERWEIGHT",
    "WEIGHT_FOR_LENGTH_HEIGHT, 2.01, OVERWEIGHT",
    "WEIGHT_FOR_LENGTH_HEIGHT, 3.00, OVERWEIGHT",
    "WEIGHT_FOR_LENGTH_HEIGHT, 3.01, OBESE",
    // IMT/U 0-60 months: the BB/PB cut-offs
    "BMI_FOR_AGE, -2.01, WASTED",
    "BMI_FOR_AGE, 2.01, OVERWEIGHT"
  })
  void cutOffsAfterRounding(Indicator indicator, double z, GrowthClass expected) {
    assertThat(Classification.classify(indicator, Classification.round(z))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"-2.005, -2.01", "-2.0049, -2.00", "2.005, 2.01", "-0.004, 0.00", "1.9999, 2.00"})
  void roundsHalfAwayFromZero(double z, String rounded) {
    assertThat(Classification.round(z)).isEqualByComparingTo(new BigDecimal(rounded));
  }
}

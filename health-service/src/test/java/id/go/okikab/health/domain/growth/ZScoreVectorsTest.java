package id.go.okikab.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.okikab.platform.domain.Sex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every z-score vector of domain.md §2.5, to the precision it gives, and the classes. */
class ZScoreVectorsTest {

  private static final GrowthStandards WHO = GrowthStandards.load();
  private static final Anthropometry ANTHRO = new Anthropometry(WHO);

  // --- vectors with LMS parameters given in domain.md (monthly lhfa_boys month 24, wfa_boys day 0)

  private static final Lms LHFA_BOYS_24_MONTHS = new Lms(1, 87.8161, 0.03479);
  private static final Lms WFA_BOYS_DAY_0 = new Lms(0.3487, 3.3464, 0.14602);

  @Test
  void boyAt24MonthsMonthlyTable() {
    assertZ(LHFA_BOYS_24_MONTHS.z(80.0), -2.558, 3);
    assertZ(LHFA_BOYS_24_MONTHS.z(76.0), -3.868, 3);
    assertZ(LHFA_BOYS_24_MONTHS.z(90.0), 0.715, 3);
    assertThat(classOf(Indicator.LENGTH_HEIGHT_FOR_AGE, LHFA_BOYS_24_MONTHS.z(80.0)))
        .isEqualTo(GrowthClass.STUNTED);
    assertThat(classOf(Indicator.LENGTH_HEIGHT_FOR_AGE, LHFA_BOYS_24_MONTHS.z(76.0)))
        .isEqualTo(GrowthClass.SEVERELY_STUNTED);
    assertThat(classOf(Indicator.LENGTH_HEIGHT_FOR_AGE, LHFA_BOYS_24_MONTHS.z(90.0)))
        .isEqualTo(GrowthClass.NORMAL_HEIGHT);
  }

  @Test
  void theBoundaryCaseIsNormalBecauseZIsRoundedBeforeItIsClassified() {
    double z = LHFA_BOYS_24_MONTHS.z(81.7);
    assertZ(z, -2.0019, 4);
    assertThat(z).isLessThan(-2); // unrounded it would be stunted
    assertThat(Classification.round(z)).isEqualByComparingTo("-2.00");
    assertThat(classOf(Indicator.LENGTH_HEIGHT_FOR_AGE, z)).isEqualTo(GrowthClass.NORMAL_HEIGHT);
  }

  @Test
  void boyAtBirthWeight() {
    assertZ(WFA_BOYS_DAY_0.zRestricted(2.5), -1.899, 3);
    assertThat(classOf(Indicator.WEIGHT_FOR_AGE, WFA_BOYS_DAY_0.zRestricted(2.5)))
        .isEqualTo(GrowthClass.NORMAL_WEIGHT);
  }

  @Test
  void restrictedRuleBelowMinusThree() {
    assertZ(WFA_BOYS_DAY_0.z(1.9), -3.518, 3);
    assertZ(WFA_BOYS_DAY_0.zRestricted(1.9), -3.476, 3);
    assertThat(classOf(Indicator.WEIGHT_FOR_AGE, WFA_BOYS_DAY_0.zRestricted(1.9)))
        .isEqualTo(GrowthClass.SEVERELY_UNDERWEIGHT);
  }

  @Test
  void restrictedRuleAbovePlusThree() {
    assertZ(WFA_BOYS_DAY_0.z(5.5), 3.715, 3);
    assertZ(WFA_BOYS_DAY_0.zRestricted(5.5), 3.768, 3);
    assertThat(classOf(Indicator.WEIGHT_FOR_AGE, WFA_BOYS_DAY_0.zRestricted(5.5)))
        .isEqualTo(GrowthClass.RISK_OF_OVERWEIGHT_FOR_AGE);
  }

  @Test
  void sdLinesAtDayZero() {
    assertThat(WFA_BOYS_DAY_0.sd(-3)).isCloseTo(2.080, within(0.0005));
    assertThat(WFA_BOYS_DAY_0.sd(-2)).isCloseTo(2.459, within(0.0005));
    assertThat(WFA_BOYS_DAY_0.sd(2)).isCloseTo(4.419, within(0.0005));
    assertThat(WFA_BOYS_DAY_0.sd(3)).isCloseTo(5.031, within(0.0005));
  }

  @Test
  void theShippedDayZeroRowIsTheOneTheVectorsUse() {
    assertThat(WHO.weightForAge(Sex.MALE, 0)).contains(WFA_BOYS_DAY_0);
    assertThat(
            ANTHRO
                .assess(measure(Sex.MALE, 0, 1.9, null, null, null))
                .index(Indicator.WEIGHT_FOR_AGE)
                .z())
        .isEqualByComparingTo("-3.48");
    assertThat(
            ANTHRO
                .assess(measure(Sex.MALE, 0, 5.5, null, null, null))
                .index(Indicator.WEIGHT_FOR_AGE)
                .z())
        .isEqualByComparingTo("3.77");
  }

  // --- vectors with the daily tables shipped in src/main/resources/who-growth

  @Test
  void boyAt730DaysLyingDailyTable() {
    assertThat(WHO.lengthForAge(Sex.MALE, 730)).contains(new Lms(1, 87.8018, 0.03479));
    assertLength(Sex.MALE, 730, 80.0, Position.LYING, -2.5541, GrowthClass.STUNTED);
    assertLength(Sex.MALE, 730, 81.7, Position.LYING, -1.9976, GrowthClass.NORMAL_HEIGHT);
    assertLength(Sex.MALE, 730, 76.0, Position.LYING, -3.8636, GrowthClass.SEVERELY_STUNTED);
    assertLength(Sex.MALE, 730, 90.0, Position.LYING, 0.7196, GrowthClass.NORMAL_HEIGHT);
  }

  @Test
  void at731DaysALyingMeasurementLoses0point7Centimetres() {
    assertThat(WHO.lengthForAge(Sex.MALE, 731)).contains(new Lms(1, 87.1303, 0.03508));
    assertThat(Anthropometry.adjustedLength(80.0, Position.LYING, 731)).isEqualTo(79.3);
    assertThat(Anthropometry.adjustedLength(80.0, Position.LYING, 730)).isEqualTo(80.0);
    assertThat(Anthropometry.adjustedLength(80.0, Position.STANDING, 731)).isEqualTo(80.0);
    var a = ANTHRO.assess(measure(Sex.MALE, 731, null, 80.0, Position.LYING, null));
    assertThat(a.adjustedLengthCm()).isEqualTo(79.3);
    assertZ(new Lms(1, 87.1303, 0.03508).z(79.3), -2.5618, 4);
    assertThat(a.index(Indicator.LENGTH_HEIGHT_FOR_AGE).z()).isEqualByComparingTo("-2.56");
    assertThat(a.index(Indicator.LENGTH_HEIGHT_FOR_AGE).growthClass())
        .isEqualTo(GrowthClass.STUNTED);
  }

  @Test
  void beforeTwoYearsAStandingMeasurementGains0point7Centimetres() {
    assertThat(Anthropometry.adjustedLength(70.0, Position.STANDING, 300)).isEqualTo(70.7);
    assertThat(Anthropometry.adjustedLength(70.0, Position.STANDING, 730)).isEqualTo(70.7);
  }

  @Test
  void girlAt365Days() {
    assertThat(WHO.lengthForAge(Sex.FEMALE, 365)).contains(new Lms(1, 74.0049, 0.03479));
    assertLength(Sex.FEMALE, 365, 68.0, Position.LYING, -2.3323, GrowthClass.STUNTED);
    assertThat(WHO.weightForAge(Sex.FEMALE, 365)).contains(new Lms(-0.2022, 8.9462, 0.12267));
    Lms wfa = WHO.weightForAge(Sex.FEMALE, 365).orElseThrow();
    assertZ(Anthropometry.zScore(Indicator.WEIGHT_FOR_AGE, wfa, 7.0), -2.0503, 4);
    var a = ANTHRO.assess(measure(Sex.FEMALE, 365, 7.0, null, null, null));
    assertThat(a.index(Indicator.WEIGHT_FOR_AGE).z()).isEqualByComparingTo("-2.05");
    assertThat(a.index(Indicator.WEIGHT_FOR_AGE).growthClass()).isEqualTo(GrowthClass.UNDERWEIGHT);
  }

  @Test
  void boyOf75CentimetresWeighing8KilogramsIsWasted() {
    assertThat(WHO.weightForLength(Sex.MALE, 75.0)).contains(new Lms(-0.3521, 9.5032, 0.08295));
    Lms wfl = WHO.weightForLength(Sex.MALE, 75.0).orElseThrow();
    assertZ(Anthropometry.zScore(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, wfl, 8.0), -2.1400, 4);
    var a = ANTHRO.assess(measure(Sex.MALE, 300, 8.0, 75.0, Position.LYING, null));
    assertThat(a.index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT).z()).isEqualByComparingTo("-2.14");
    assertThat(a.index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT).growthClass())
        .isEqualTo(GrowthClass.WASTED);
  }

  // --- beyond the vectors: interpolation, ranges, plausibility

  @Test
  void aLengthBetweenTwoRowsIsInterpolated() {
    Lms low = WHO.weightForLength(Sex.MALE, 75.0).orElseThrow();
    Lms high = WHO.weightForLength(Sex.MALE, 75.1).orElseThrow();
    Lms mid = WHO.weightForLength(Sex.MALE, 75.05).orElseThrow();
    assertThat(mid.m()).isCloseTo((low.m() + high.m()) / 2, within(1e-9));
    assertThat(mid.s()).isCloseTo((low.s() + high.s()) / 2, within(1e-9));
  }

  @Test
  void weightForHeightFromTwoYearsAndOutsideTheTablesNotComputed() {
    var standing = ANTHRO.assess(measure(Sex.FEMALE, 900, 11.0, 85.0, Position.STANDING, null));
    assertThat(standing.index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT).z())
        .isEqualByComparingTo(
            BigDecimal.valueOf(
                    Anthropometry.zScore(
                        Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
                        WHO.weightForHeight(Sex.FEMALE, 85.0).orElseThrow(),
                        11.0))
                .setScale(2, java.math.RoundingMode.HALF_UP));
    var tooShort = ANTHRO.assess(measure(Sex.MALE, 10, 2.0, 44.0, Position.LYING, null));
    assertThat(tooShort.index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT).status())
        .isEqualTo(IndexResult.Status.NOT_COMPUTED);
    var tooOld = ANTHRO.assess(measure(Sex.MALE, 1827, 15.0, 100.0, Position.STANDING, null));
    assertThat(tooOld.indices().values())
        .allMatch(r -> r.status() == IndexResult.Status.NOT_COMPUTED);
  }

  @Test
  void implausibleValuesAreFlaggedNotClassified() {
    var tiny = ANTHRO.assess(measure(Sex.MALE, 0, 0.8, null, null, null));
    IndexResult wfa = tiny.index(Indicator.WEIGHT_FOR_AGE);
    assertThat(wfa.status()).isEqualTo(IndexResult.Status.IMPLAUSIBLE);
    assertThat(wfa.z().doubleValue()).isLessThan(-6);
    assertThat(wfa.growthClass()).isNull();
    var tall = ANTHRO.assess(measure(Sex.MALE, 30, null, 80.0, Position.LYING, null));
    assertThat(tall.index(Indicator.LENGTH_HEIGHT_FOR_AGE).status())
        .isEqualTo(IndexResult.Status.IMPLAUSIBLE);
  }

  @Test
  void headCircumferenceIsComputedButNotClassified() {
    var a = ANTHRO.assess(measure(Sex.FEMALE, 100, null, null, null, 40.0));
    assertThat(a.index(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE).status())
        .isEqualTo(IndexResult.Status.COMPUTED);
    assertThat(a.index(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE).z()).isNotNull();
    assertThat(a.index(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE).growthClass()).isNull();
  }

  @Test
  void bmiUsesTheAdjustedLength() {
    var a = ANTHRO.assess(measure(Sex.MALE, 731, 12.0, 80.0, Position.LYING, null));
    assertThat(a.bmi()).isCloseTo(12.0 / (0.793 * 0.793), within(1e-9));
    assertThat(a.index(Indicator.BMI_FOR_AGE).status()).isEqualTo(IndexResult.Status.CLASSIFIED);
  }

  private static Anthropometry.Measurement measure(
      Sex sex, int age, Double weight, Double length, Position position, Double head) {
    return new Anthropometry.Measurement(sex, age, weight, length, position, head);
  }

  private static void assertLength(
      Sex sex, int age, double cm, Position position, double z, GrowthClass expected) {
    Lms lms = WHO.lengthForAge(sex, age).orElseThrow();
    assertZ(lms.z(Anthropometry.adjustedLength(cm, position, age)), z, 4);
    IndexResult result =
        ANTHRO
            .assess(measure(sex, age, null, cm, position, null))
            .index(Indicator.LENGTH_HEIGHT_FOR_AGE);
    assertThat(result.z()).isEqualByComparingTo(Classification.round(z));
    assertThat(result.growthClass()).isEqualTo(expected);
  }

  private static GrowthClass classOf(Indicator indicator, double z) {
    return Classification.classify(indicator, Classification.round(z));
  }

  /** Equal to {@code decimals} decimals, as domain.md states the vector. */
  private static void assertZ(double actual, double expected, int decimals) {
    assertThat(BigDecimal.valueOf(actual).setScale(decimals, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(BigDecimal.valueOf(expected).setScale(decimals));
  }
}

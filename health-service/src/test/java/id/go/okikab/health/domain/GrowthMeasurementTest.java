package id.go.okikab.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.Indicator;
import org.junit.jupiter.api.Test;

/** Which measurement is a {@code GrowthRiskDetected}: newly stunted or wasted, or more severely. */
class GrowthMeasurementTest {

  @Test
  void aRiskIsNewsWhenItStartsOrWorsens() {
    GrowthMeasurement first = measured(GrowthClass.NORMAL_HEIGHT, GrowthClass.NORMAL_NUTRITION);
    GrowthMeasurement stunted = measured(GrowthClass.STUNTED, GrowthClass.WASTED);
    assertThat(stunted.risksSince(first))
        .containsExactly(
            new GrowthMeasurement.Risk(Indicator.LENGTH_HEIGHT_FOR_AGE, GrowthClass.STUNTED),
            new GrowthMeasurement.Risk(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, GrowthClass.WASTED));
    assertThat(stunted.risksSince(null)).hasSize(2);
    // staying in the class is not news; moving to the severe one is
    assertThat(measured(GrowthClass.STUNTED, GrowthClass.WASTED).risksSince(stunted)).isEmpty();
    assertThat(measured(GrowthClass.SEVERELY_STUNTED, null).risksSince(stunted))
        .containsExactly(
            new GrowthMeasurement.Risk(
                Indicator.LENGTH_HEIGHT_FOR_AGE, GrowthClass.SEVERELY_STUNTED));
    // improving, or an unclassified index, is not news
    assertThat(
            measured(GrowthClass.NORMAL_HEIGHT, GrowthClass.NORMAL_NUTRITION).risksSince(stunted))
        .isEmpty();
    assertThat(measured(null, null).risksSince(first)).isEmpty();
  }

  private static GrowthMeasurement measured(GrowthClass stunting, GrowthClass wasting) {
    GrowthMeasurement m = new GrowthMeasurement();
    m.lhfaClass = stunting;
    m.wflhClass = wasting;
    return m;
  }
}

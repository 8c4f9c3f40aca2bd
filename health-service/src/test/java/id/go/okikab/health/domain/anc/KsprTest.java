package id.go.okikab.health.domain.anc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KSPR vectors of domain.md §2.2 and the class bands. */
class KsprTest {

  private final Kspr kspr = Kspr.standard();

  @Test
  void aPregnancyStartsAtTwoLowRisk() {
    assertThat(kspr.scoreOf(List.of())).isEqualTo(2);
    assertThat(kspr.classify(2)).isEqualTo(RiskClass.KRR);
  }

  @Test
  void age37OnTheBaseScoreIsSixHighRisk() {
    int score = kspr.scoreOf(List.of(RiskFactor.AGE_OVER_35));
    assertThat(score).isEqualTo(6);
    assertThat(kspr.classify(score)).isEqualTo(RiskClass.KRT);
  }

  @Test
  void previousCaesareanIsTenHighRisk() {
    int score = kspr.scoreOf(List.of(RiskFactor.PREVIOUS_CAESAREAN));
    assertThat(score).isEqualTo(10);
    assertThat(kspr.classify(score)).isEqualTo(RiskClass.KRT);
  }

  @Test
  void previousCaesareanAndAnaemiaIsFourteenVeryHighRisk() {
    int score = kspr.scoreOf(List.of(RiskFactor.PREVIOUS_CAESAREAN, RiskFactor.ANAEMIA));
    assertThat(score).isEqualTo(14);
    assertThat(kspr.classify(score)).isEqualTo(RiskClass.KRST);
  }

  @Test
  void eightPointFactorsAreTheCardsFive() {
    assertThat(RiskFactor.values())
        .filteredOn(f -> kspr.weight(f) == 8)
        .containsExactlyInAnyOrder(
            RiskFactor.PREVIOUS_CAESAREAN,
            RiskFactor.BREECH,
            RiskFactor.TRANSVERSE_LIE,
            RiskFactor.ANTEPARTUM_BLEEDING,
            RiskFactor.SEVERE_PREECLAMPSIA);
    assertThat(RiskFactor.values())
        .filteredOn(f -> kspr.weight(f) != 8)
        .allMatch(f -> kspr.weight(f) == 4);
  }

  @Test
  void classBands() {
    assertThat(kspr.classify(5)).isEqualTo(RiskClass.KRR);
    assertThat(kspr.classify(6)).isEqualTo(RiskClass.KRT);
    assertThat(kspr.classify(10)).isEqualTo(RiskClass.KRT);
    assertThat(kspr.classify(11)).isEqualTo(RiskClass.KRT);
    assertThat(kspr.classify(12)).isEqualTo(RiskClass.KRST);
  }

  @Test
  void weightsAreConfiguration() {
    Kspr custom = new Kspr(2, 4, Map.of(RiskFactor.ANAEMIA, 8), 6, 12);
    assertThat(custom.scoreOf(List.of(RiskFactor.ANAEMIA))).isEqualTo(10);
    assertThatThrownBy(() -> new Kspr(2, 4, Map.of(), 2, 12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Kspr(2, 0, Map.of(), 6, 12))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

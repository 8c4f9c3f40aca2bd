package id.go.okikab.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 7/2021 size classes (domain.md §5), at and either side of every threshold. */
class MsmeThresholdsTest {

  private final MsmeThresholds pp = MsmeThresholds.PP_7_2021;

  @ParameterizedTest
  @CsvSource({
    "0, MIKRO",
    "1000000000, MIKRO",
    "1000000001, KECIL",
    "5000000000, KECIL",
    "5000000001, MENENGAH",
    "10000000000, MENENGAH",
    "10000000001, BESAR"
  })
  void byCapital(long capital, MsmeClass expected) {
    assertThat(pp.classify(capital, null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2000000000, MIKRO",
    "2000000001, KECIL",
    "15000000000, KECIL",
    "15000000001, MENENGAH",
    "50000000000, MENENGAH",
    "50000000001, BESAR"
  })
  void byAnnualSales(long turnover, MsmeClass expected) {
    assertThat(pp.classify(null, turnover)).isEqualTo(expected);
  }

  @Test
  void annualSalesDecideForAnExistingBusiness() {
    // capital says KECIL, sales say MIKRO: the trading business is classed by its sales
    assertThat(pp.classify(3_000_000_000L, 1_500_000_000L)).isEqualTo(MsmeClass.MIKRO);
  }

  @Test
  void qrisCriteria() {
    assertThat(MsmeClass.MIKRO.qrisCriteria()).isEqualTo("UMI");
    assertThat(MsmeClass.KECIL.qrisCriteria()).isEqualTo("UKE");
    assertThat(MsmeClass.MENENGAH.qrisCriteria()).isEqualTo("UME");
    assertThat(MsmeClass.BESAR.qrisCriteria()).isEqualTo("UBE");
  }

  @Test
  void needsABasisAndNoNegatives() {
    assertThatThrownBy(() -> pp.classify(null, null))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("capital");
    assertThatThrownBy(() -> pp.classify(-1L, null)).isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> pp.classify(null, -1L)).isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void thresholdsMustIncrease() {
    assertThatThrownBy(() -> new MsmeThresholds(5, 1, 10, 2, 15, 50))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

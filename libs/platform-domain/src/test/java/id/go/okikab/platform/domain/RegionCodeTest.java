package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.platform.domain.RegionCode.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kemendagri code structure, domain.md §7. */
class RegionCodeTest {

  @Test
  void readsDottedAndPlainCodes() {
    RegionCode desa = RegionCode.parse("16.02.05.2011");
    assertThat(desa).isEqualTo(RegionCode.parse("1602052011"));
    assertThat(desa.digits()).isEqualTo("1602052011");
    assertThat(desa.dotted()).isEqualTo("16.02.05.2011");
    assertThat(desa.level()).isEqualTo(Level.VILLAGE);
    assertThat(desa.isKelurahan()).isFalse();
    assertThat(desa.at(Level.DISTRICT).dotted()).isEqualTo("16.02.05");
    assertThat(desa.at(Level.REGENCY).digits()).isEqualTo("1602");
    assertThat(desa.parent()).contains(RegionCode.parse("160205"));
  }

  @Test
  void kelurahanStartWithOneAndCitiesAtSeventyOne() {
    assertThat(RegionCode.parse("16.02.05.1001").isKelurahan()).isTrue();
    assertThat(RegionCode.parse("16.71").isCity()).isTrue();
    assertThat(RegionCode.parse("16.02").isCity()).isFalse();
    assertThat(RegionCode.parse("16").parent()).isEmpty();
    assertThat(RegionCode.parse("16").level()).isEqualTo(Level.PROVINCE);
  }

  @ParameterizedTest(name = "\"{0}\" is not a region code")
  @ValueSource(
      strings = {
        "",
        "1",
        "160",
        "16020",
        "1602052",
        "16020520111",
        "16.0205",
        "16..02",
        "16.02.",
        "ab"
      })
  void malformedCodesAreRefused(String value) {
    assertThatThrownBy(() -> RegionCode.parse(value))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("region-code-format");
    assertThat(RegionCode.isWellFormed(value)).isFalse();
  }

  @Test
  void aShorterCodeHasNoLowerLevel() {
    assertThatThrownBy(() -> RegionCode.parse("16.02").at(Level.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package id.go.okikab.platform.web.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class OkiDesaCodesTest {

  private static void refused(String code, String type) {
    assertThatThrownBy(() -> OkiDesaCodes.requireKnown(code, "desaCode"))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).typeSlug())
        .isEqualTo(type);
    assertThat(OkiDesaCodes.isKnown(code)).isFalse();
  }

  @Test
  void aDesaOfKayuAgungIsKnown() {
    // 16.02.05 Kayu Agung, village part 2011 (a desa)
    assertThat(OkiDesaCodes.requireKnown("1602052011", "desaCode")).isEqualTo("1602052011");
    assertThat(OkiDesaCodes.isKnown("1602051001")).isTrue();
    assertThat(OkiDesaCodes.kecamatanOf("1602052011")).isEqualTo("160205");
  }

  @Test
  void eachBrokenRuleHasItsOwnType() {
    refused("16020520", "desa-code-invalid");
    refused("16.02.05.2011", "desa-code-invalid");
    refused("1602050011", "desa-code-invalid");
    refused(null, "desa-code-invalid");
    refused("1601012001", "desa-outside-oki");
    refused("1602992001", "unknown-kecamatan");
  }

  @Test
  void requireChecksTheFormAndTheRegencyOnly() {
    assertThat(OkiDesaCodes.require("1602992001", "desaCode")).isEqualTo("1602992001");
  }
}

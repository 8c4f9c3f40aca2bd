package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OkiKecamatanTest {

  @Test
  void eighteenKecamatanWithTheKemendagriCodesAndTheirGaps() {
    assertThat(OkiKecamatan.all()).hasSize(18);
    assertThat(OkiKecamatan.all())
        .extracting(OkiKecamatan.Kecamatan::code)
        .startsWith("160202", "160203")
        .endsWith("160224")
        .doesNotContain("160201", "160206", "160207", "160209", "160210", "160216")
        .doesNotHaveDuplicates()
        .isSorted();
    assertThat(OkiKecamatan.all())
        .allSatisfy(
            k -> {
              assertThat(k.code()).matches("1602\\d{2}");
              assertThat(k.bpsCode()).matches("1602\\d{3}");
              assertThat(k.name()).isNotBlank();
              assertThat(k.source()).contains("Kepmendagri");
            });
  }

  @Test
  void knownCodesAndTheirNames() {
    assertThat(OkiKecamatan.isKnown("160205")).isTrue();
    assertThat(OkiKecamatan.name("160205")).contains("Kayu Agung");
    assertThat(OkiKecamatan.name("160224")).contains("Pedamaran Timur");
    assertThat(OkiKecamatan.all().get(3).bpsCode()).isEqualTo("1602060"); // Kayu Agung
    assertThat(OkiKecamatan.isKnown("160201")).isFalse(); // a gap in the numbering
    assertThat(OkiKecamatan.isKnown("160299")).isFalse();
    assertThat(OkiKecamatan.isKnown("16.02.05")).isFalse(); // codes without dots
    assertThat(OkiKecamatan.isKnown("3201")).isFalse();
    assertThat(OkiKecamatan.isKnown(null)).isFalse();
    assertThat(OkiKecamatan.name("160299")).isEmpty();
    assertThat(OkiKecamatan.name(null)).isEmpty();
  }
}

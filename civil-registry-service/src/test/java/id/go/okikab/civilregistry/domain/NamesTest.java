package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Sitti Aisyah, S**** A*****",
    "Siti Aisyah, S*** A*****",
    "rina   marlina, R*** M******",
    "Muhammad, M*******",
    "A. Fauzi, A* F****",
  })
  void publicVerificationShowsInitialsAndLengths(String name, String masked) {
    assertThat(Names.masked(name)).isEqualTo(masked);
  }

  @Test
  void keysIgnoreCaseAccentsPunctuationAndSpacing() {
    assertThat(Names.key("Siti  Nur'aini, S.Pd")).isEqualTo("SITI NURAINI S PD");
    assertThat(Names.key("José Müller")).isEqualTo("JOSE MULLER");
    assertThat(Names.key(" rina marlina ")).isEqualTo(Names.key("RINA   MARLINA"));
    assertThat(Names.key(null)).isNull();
    assertThat(Names.tokens("Ahmad  Fauzi")).containsExactly("AHMAD", "FAUZI");
    assertThat(Names.tokens("  ")).isEmpty();
  }
}

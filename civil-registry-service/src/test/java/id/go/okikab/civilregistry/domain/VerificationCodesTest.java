package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void codesAreLongRandomAndUnambiguous() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.next();
      assertThat(code).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
      assertThat(VerificationCodes.isWellFormed(code)).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
    // every character position uses the whole alphabet (no fixed prefix to enumerate)
    Set<Character> first = new HashSet<>();
    codes.forEach(c -> first.add(c.charAt(0)));
    assertThat(first).hasSize(32);
  }

  @Test
  void typedCodesAreNormalised() {
    assertThat(VerificationCodes.normalize("abcd-efgh ijkm-np0o-ilxy"))
        .isEqualTo("ABCDEFGH1JKMNP00" + "11XY");
    assertThat(VerificationCodes.isWellFormed("ABCDU0000000000000000")).isFalse();
    assertThat(VerificationCodes.isWellFormed("ABCDU000000000000000")).isFalse();
  }
}

package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void codesAreTwentyCharactersOfCrockfordsAlphabetAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.next();
      assertThat(VerificationCodes.isWellFormed(code)).isTrue();
      assertThat(code).hasSize(20).doesNotContain("I", "L", "O", "U");
      assertThat(seen.add(code)).isTrue();
    }
  }

  @Test
  void aTypedCodeIsReadAsThePersonMeantIt() {
    assertThat(VerificationCodes.normalize("abcd-efgh ijkl mnop qrst"))
        .isEqualTo("ABCDEFGH1JK1MN0PQRST");
    assertThat(VerificationCodes.normalize("0o1il")).isEqualTo("00111");
    assertThat(VerificationCodes.isWellFormed("ABCDEFGH1JK1MNPQRSTV")).isTrue();
    assertThat(VerificationCodes.isWellFormed("ABCDEFGHIJKLMNOPQRST")).isFalse();
    assertThat(VerificationCodes.isWellFormed("SHORT")).isFalse();
  }
}

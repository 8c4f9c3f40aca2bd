package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BillingCodeFormatTest {

  private final BillingCodeFormat format = new BillingCodeFormat("21", 13);

  @Test
  void theLuhnDigitOfTheTextbookExample() {
    // 7992739871 → check digit 3 (79927398713 is the classic valid Luhn number)
    assertThat(BillingCodeFormat.luhnDigit("7992739871")).isEqualTo(3);
  }

  @Test
  void aCompletedCodeIsValidAndEverySingleDigitErrorIsCaught() {
    String code = format.complete("0000000042");
    assertThat(code).hasSize(13).startsWith("21");
    assertThat(format.isValid(code)).isTrue();
    for (int i = 2; i < code.length(); i++) {
      char[] chars = code.toCharArray();
      chars[i] = (char) ('0' + (chars[i] - '0' + 1) % 10);
      assertThat(format.isValid(new String(chars))).as("digit %d changed", i).isFalse();
    }
  }

  @Test
  void anotherPrefixALengthOrALetterIsNotACodeOfThisFormat() {
    String code = format.complete("0000000042");
    assertThat(format.isValid("11" + code.substring(2))).isFalse();
    assertThat(format.isValid(code.substring(1))).isFalse();
    assertThat(format.isValid(code.substring(0, 12) + "A")).isFalse();
    assertThat(format.isValid(null)).isFalse();
  }

  @Test
  void aBodyOfTheWrongShapeIsRefused() {
    assertThatThrownBy(() -> format.complete("42")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> format.complete("00000000x2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BillingCodeFormat("2a", 13))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

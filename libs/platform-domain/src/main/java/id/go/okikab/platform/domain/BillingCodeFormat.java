package id.go.okikab.platform.domain;

/**
 * The shape of a service's billing codes (kode bayar): all digits, the service's prefix among the
 * regency's codes, a fixed length, and a Luhn (mod 10) check digit last, so that a mistyped code is
 * refused at the bank before any lookup. One way for every service that collects money (tax {@code
 * 11…}, permits {@code 21…}); each chooses only its prefix, its length and what fills the body.
 *
 * @param prefix the leading digits that say which service the code belongs to
 * @param length the whole code's length, check digit included
 */
public record BillingCodeFormat(String prefix, int length) {

  public BillingCodeFormat {
    if (prefix == null || prefix.isEmpty() || !allDigits(prefix)) {
      throw new IllegalArgumentException("prefix must be digits");
    }
    if (length <= prefix.length() + 1) {
      throw new IllegalArgumentException("length leaves no room for a body and a check digit");
    }
  }

  /**
   * The code made of the prefix, {@code body} and the check digit.
   *
   * @throws IllegalArgumentException when {@code body} is not digits or has the wrong length
   */
  public String complete(String body) {
    int expected = length - prefix.length() - 1;
    if (body == null || body.length() != expected || !allDigits(body)) {
      throw new IllegalArgumentException("body must be " + expected + " digits");
    }
    String digits = prefix + body;
    return digits + luhnDigit(digits);
  }

  /**
   * Whether {@code code} has this format's prefix and length, only digits and a valid check digit.
   */
  public boolean isValid(String code) {
    if (code == null || code.length() != length || !code.startsWith(prefix) || !allDigits(code)) {
      return false;
    }
    return luhnDigit(code.substring(0, length - 1)) == code.charAt(length - 1) - '0';
  }

  /** The Luhn check digit to append to {@code digits} (the rightmost digit given is doubled). */
  public static int luhnDigit(String digits) {
    if (digits == null || digits.isEmpty() || !allDigits(digits)) {
      throw new IllegalArgumentException("digits expected");
    }
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}

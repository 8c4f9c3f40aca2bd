package id.go.okikab.tax.domain;

/**
 * Billing codes (kode bayar) of Bapenda OKI: 16 digits, {@code 11} + the two-digit year of issue +
 * an 11-digit serial + a Luhn check digit, so that a mistyped code is refused at the bank before
 * any lookup.
 */
public final class BillingCodes {

  public static final String PREFIX = "11";
  public static final int LENGTH = 16;

  private BillingCodes() {}

  public static String of(int year, long serial) {
    if (serial <= 0 || serial > 99_999_999_999L) {
      throw new IllegalArgumentException("serial out of range");
    }
    String body = PREFIX + String.format("%02d%011d", year % 100, serial);
    return body + luhnDigit(body);
  }

  /** Whether {@code code} has the shape and a valid check digit. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != LENGTH || !code.startsWith(PREFIX)) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return false;
      }
    }
    return luhnDigit(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1) - '0';
  }

  /** The Luhn check digit of a string of digits. */
  public static int luhnDigit(String digits) {
    int sum = 0;
    boolean twice = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}

package id.go.okikab.permits.domain;

/**
 * Permit fee billing codes: numeric, starting {@value #PREFIX}, a 10-digit serial, then a Luhn
 * check digit (13 digits), so that a mistyped code is refused at the bank before any lookup.
 */
public final class BillingCodes {

  /** The permits service's prefix among the regency's billing codes. */
  public static final String PREFIX = "21";

  public static final int LENGTH = 13;

  private BillingCodes() {}

  /** The code of serial {@code serial} (1 ≤ serial < 10^10). */
  public static String of(long serial) {
    if (serial < 1 || serial >= 10_000_000_000L) {
      throw new IllegalArgumentException("serial out of range");
    }
    String body = PREFIX + String.format("%010d", serial);
    return body + checkDigit(body);
  }

  /** Whether {@code code} has the shape and a correct check digit. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != LENGTH || !code.startsWith(PREFIX)) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return false;
      }
    }
    return checkDigit(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1) - '0';
  }

  /** The Luhn (mod 10) check digit of {@code digits}. */
  public static int checkDigit(String digits) {
    int sum = 0;
    boolean doubleIt = true; // the rightmost digit of the body is doubled (the check digit follows)
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }
}

package id.go.okikab.tax.domain;

import id.go.okikab.platform.domain.BillingCodeFormat;

/**
 * Billing codes (kode bayar) of Bapenda OKI: 16 digits, {@code 11} + the two-digit year of issue +
 * an 11-digit serial + a Luhn check digit ({@link BillingCodeFormat}, the platform's one way), so
 * that a mistyped code is refused at the bank before any lookup.
 */
public final class BillingCodes {

  public static final String PREFIX = "11";
  public static final int LENGTH = 16;

  private static final BillingCodeFormat FORMAT = new BillingCodeFormat(PREFIX, LENGTH);

  private BillingCodes() {}

  public static String of(int year, long serial) {
    if (serial <= 0 || serial > 99_999_999_999L) {
      throw new IllegalArgumentException("serial out of range");
    }
    return FORMAT.complete(String.format("%02d%011d", year % 100, serial));
  }

  /** Whether {@code code} has the shape and a valid check digit. */
  public static boolean isValid(String code) {
    return FORMAT.isValid(code);
  }
}

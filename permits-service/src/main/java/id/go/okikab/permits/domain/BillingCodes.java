package id.go.okikab.permits.domain;

import id.go.okikab.platform.domain.BillingCodeFormat;

/**
 * Permit fee billing codes: numeric, starting {@value #PREFIX}, a 10-digit serial, then a Luhn
 * check digit (13 digits; {@link BillingCodeFormat}, the platform's one way), so that a mistyped
 * code is refused at the bank before any lookup.
 */
public final class BillingCodes {

  /** The permits service's prefix among the regency's billing codes. */
  public static final String PREFIX = "21";

  public static final int LENGTH = 13;

  private static final BillingCodeFormat FORMAT = new BillingCodeFormat(PREFIX, LENGTH);

  private BillingCodes() {}

  /** The code of serial {@code serial} (1 ≤ serial < 10^10). */
  public static String of(long serial) {
    if (serial < 1 || serial >= 10_000_000_000L) {
      throw new IllegalArgumentException("serial out of range");
    }
    return FORMAT.complete(String.format("%010d", serial));
  }

  /** Whether {@code code} has the shape and a correct check digit. */
  public static boolean isValid(String code) {
    return FORMAT.isValid(code);
  }
}

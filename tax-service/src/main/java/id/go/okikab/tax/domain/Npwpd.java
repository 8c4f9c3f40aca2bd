package id.go.okikab.tax.domain;

/** NPWPD from the configured pattern (an opaque string of at most 30 characters). */
public final class Npwpd {

  public static final int MAX_LENGTH = 30;

  private Npwpd() {}

  public static String format(String pattern, TaxpayerKind kind, long serial, String desaCode) {
    String value =
        pattern
            .replace("{K}", kind == TaxpayerKind.PERSON ? "P" : "B")
            .replace("{serial}", String.format("%07d", serial))
            .replace("{kec}", desaCode.substring(4, 6))
            .replace("{desa}", desaCode.substring(6, 10));
    if (value.length() > MAX_LENGTH) {
      throw new IllegalStateException("oki.tax.npwpd.pattern gives more than 30 characters");
    }
    return value;
  }
}

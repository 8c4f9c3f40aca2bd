package id.go.okikab.platform.web.region;

import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.util.regex.Pattern;

/**
 * A desa/kelurahan code of OKI as every service checks it (domain.md §7): 10 digits {@code
 * PPKKCCDDDD} without dots, the village part starting with 1 (kelurahan) or 2 (desa), in Kabupaten
 * Ogan Komering Ilir (16.02), and — for {@link #requireKnown} — its kecamatan one of OKI's in the
 * platform's reference ({@link OkiKecamatan}). Each broken rule is a 422 with its own problem type
 * naming the field.
 */
public final class OkiDesaCodes {

  /** Kabupaten Ogan Komering Ilir. */
  public static final String OKI = "1602";

  private static final Pattern DESA = Pattern.compile("\\d{6}[12]\\d{3}");

  private OkiDesaCodes() {}

  /**
   * A well-formed desa code of OKI.
   *
   * @throws DomainRuleViolation {@code desa-code-invalid} or {@code desa-outside-oki}
   */
  public static String require(String desaCode, String field) {
    if (desaCode == null || !DESA.matcher(desaCode).matches()) {
      throw new DomainRuleViolation(
          "desa-code-invalid",
          "A desa/kelurahan code is 10 digits (Kemendagri PPKKCCDDDD, no dots), the village part"
              + " starting with 1 (kelurahan) or 2 (desa).",
          field);
    }
    if (!desaCode.startsWith(OKI)) {
      throw new DomainRuleViolation(
          "desa-outside-oki",
          "The desa/kelurahan must be in Kabupaten Ogan Komering Ilir (16.02).",
          field);
    }
    return desaCode;
  }

  /**
   * A desa of OKI whose kecamatan is one of OKI's.
   *
   * @throws DomainRuleViolation {@code desa-code-invalid}, {@code desa-outside-oki} or {@code
   *     unknown-kecamatan}
   */
  public static String requireKnown(String desaCode, String field) {
    require(desaCode, field);
    if (!OkiKecamatan.isKnown(kecamatanOf(desaCode))) {
      throw new DomainRuleViolation(
          "unknown-kecamatan",
          "The desa code's kecamatan (digits 1-6) is not a kecamatan of OKI.",
          field);
    }
    return desaCode;
  }

  /** Whether {@code desaCode} is a well-formed desa of a known kecamatan of OKI. */
  public static boolean isKnown(String desaCode) {
    return desaCode != null
        && DESA.matcher(desaCode).matches()
        && desaCode.startsWith(OKI)
        && OkiKecamatan.isKnown(kecamatanOf(desaCode));
  }

  /** The kecamatan part of a desa code (6 digits). */
  public static String kecamatanOf(String desaCode) {
    return desaCode.substring(0, 6);
  }
}

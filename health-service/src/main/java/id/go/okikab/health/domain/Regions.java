package id.go.okikab.health.domain;

import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.util.regex.Pattern;

/**
 * Kemendagri region codes as this service uses them (domain.md §7): a desa/kelurahan code has 10
 * digits {@code PPKKCCDDDD} without dots; its village part starts with 1 (kelurahan) or 2 (desa).
 * The kecamatan must be one of OKI's: the platform's region reference, {@link OkiKecamatan}.
 */
public final class Regions {

  /** Kabupaten Ogan Komering Ilir. */
  public static final String OKI = "1602";

  private static final Pattern DESA = Pattern.compile("\\d{6}[12]\\d{3}");

  private Regions() {}

  /**
   * @throws DomainRuleViolation {@code desa-code-invalid} or {@code desa-outside-oki}
   */
  public static String requireOkiDesa(String desaCode, String field) {
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
   * A desa of OKI whose kecamatan is one of OKI's ({@link OkiKecamatan}).
   *
   * @throws DomainRuleViolation {@code desa-code-invalid}, {@code desa-outside-oki} or {@code
   *     unknown-kecamatan}
   */
  public static String requireKnownOkiDesa(String desaCode, String field) {
    requireOkiDesa(desaCode, field);
    if (!OkiKecamatan.isKnown(kecamatanOf(desaCode))) {
      throw new DomainRuleViolation(
          "unknown-kecamatan",
          "The desa code's kecamatan (digits 1-6) is not a kecamatan of OKI.",
          field);
    }
    return desaCode;
  }

  /** The kecamatan part of a desa code (6 digits). */
  public static String kecamatanOf(String desaCode) {
    return desaCode.substring(0, 6);
  }
}

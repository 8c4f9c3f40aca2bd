package id.go.okikab.marketplace.domain;

import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.util.regex.Pattern;

/** Desa codes of OKI (Kemendagri, 10 digits), checked against the platform's kecamatan list. */
public final class Regions {

  public static final String OKI = "1602";
  private static final Pattern DESA = Pattern.compile("\\d{6}[12]\\d{3}");

  private Regions() {}

  /**
   * @throws DomainRuleViolation {@code desa-code-invalid}, {@code desa-outside-oki} or {@code
   *     unknown-kecamatan}
   */
  public static String requireKnownOkiDesa(String desaCode, String field) {
    if (desaCode == null || !DESA.matcher(desaCode).matches()) {
      throw new DomainRuleViolation(
          "desa-code-invalid",
          "A desa/kelurahan code is 10 digits (Kemendagri PPKKCCDDDD, no dots), the village part"
              + " starting with 1 (kelurahan) or 2 (desa).",
          field);
    }
    if (!desaCode.startsWith(OKI)) {
      throw new DomainRuleViolation(
          "desa-outside-oki", "The shop must be in Kabupaten Ogan Komering Ilir (16.02).", field);
    }
    if (!OkiKecamatan.isKnown(desaCode.substring(0, 6))) {
      throw new DomainRuleViolation(
          "unknown-kecamatan", "The desa code's kecamatan is not a kecamatan of OKI.", field);
    }
    return desaCode;
  }
}

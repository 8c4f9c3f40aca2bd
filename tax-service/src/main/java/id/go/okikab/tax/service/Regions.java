package id.go.okikab.tax.service;

import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.problem.DomainRuleViolation;

/** Desa codes of OKI (10 digits, their kecamatan one of the 18 of the platform reference). */
final class Regions {

  private Regions() {}

  static void requireOkiDesa(String desaCode, String field) {
    if (desaCode == null
        || !desaCode.matches("\\d{10}")
        || !OkiKecamatan.isKnown(desaCode.substring(0, 6))) {
      throw new DomainRuleViolation(
          "desa-outside-oki",
          "The desa/kelurahan must lie in one of the 18 kecamatan of OKI (Kemendagri code).",
          field);
    }
  }
}

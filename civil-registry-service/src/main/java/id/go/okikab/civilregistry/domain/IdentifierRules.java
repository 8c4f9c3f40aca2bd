package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The NIK and KK number rules of domain.md 1.1 and 1.2 as the registry applies them: the structure
 * (platform-domain's {@link Nik} and {@link KkNumber}), the region codes against the reference
 * data, and the agreement of a NIK with the person's sex and date of birth.
 *
 * <p>Province: must be one of the 38 (refused otherwise). Regency: refused when the province's list
 * is loaded (Sumatera Selatan) or the code is outside 01-69/71-99, otherwise a warning. Kecamatan:
 * never refused (a NIK keeps the code of its first registration, which may have been split or
 * renumbered since): a warning when unknown or not verifiable.
 */
public final class IdentifierRules {

  private IdentifierRules() {}

  /** A warning: accepted, but worth an officer's look. {@code code} is a stable slug. */
  public record Warning(String code, String field, String message) {}

  /** A NIK that passed the rules, with any warnings. */
  public record CheckedNik(Nik nik, List<Warning> warnings) {}

  /** A KK number that passed the rules, with any warnings. */
  public record CheckedKk(KkNumber kk, List<Warning> warnings) {}

  /**
   * @throws DomainRuleViolation naming {@code field} and the broken rule ({@code nik-day-invalid},
   *     {@code nik-province-unknown}, …)
   */
  public static CheckedNik checkNik(
      String value, LocalDate today, RegionDirectory regions, String field) {
    Nik nik;
    try {
      nik = Nik.parse(value, today);
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(e.rule(), "NIK: " + e.getMessage() + ".", field);
    }
    List<Warning> warnings = new ArrayList<>();
    String province = nik.provinceCode();
    if (!regions.provinceKnown(province)) {
      throw new DomainRuleViolation(
          "nik-province-unknown", "NIK: digits 1-2 are not a Kemendagri province code.", field);
    }
    String regency = nik.regencyCode();
    int regencyNumber = Integer.parseInt(regency.substring(2));
    boolean regencyShape = regencyNumber >= 1 && regencyNumber <= 99 && regencyNumber != 70;
    if (!regencyShape || regions.regenciesListed(province) && !regions.regencyKnown(regency)) {
      throw new DomainRuleViolation(
          "nik-regency-unknown",
          "NIK: digits 3-4 are not a regency or city of the province.",
          field);
    }
    if (!regions.regenciesListed(province)) {
      warnings.add(
          new Warning(
              "nik-regency-not-verified",
              field,
              "the regency code could not be checked: its province's list is not loaded"));
    }
    String district = nik.kecamatanCode();
    if (regions.districtsListed(regency)) {
      if (!regions.districtKnown(district)) {
        warnings.add(
            new Warning(
                "nik-kecamatan-unknown",
                field,
                "digits 5-6 are not a current kecamatan (a NIK keeps the code of its first"
                    + " registration)"));
      }
    } else {
      warnings.add(
          new Warning(
              "nik-kecamatan-not-verified",
              field,
              "the kecamatan code could not be checked: its regency's list is not loaded"));
    }
    return new CheckedNik(nik, List.copyOf(warnings));
  }

  /**
   * The NIK's sex (day + 40 for women) and date of birth must be the person's.
   *
   * @throws DomainRuleViolation {@code nik-sex-mismatch} naming {@code sexField}, {@code
   *     nik-birth-date-mismatch} naming {@code birthDateField}
   */
  public static void requireAgreement(
      Nik nik, Sex sex, LocalDate birthDate, String sexField, String birthDateField) {
    if (nik.sex() != sex) {
      throw new DomainRuleViolation(
          "nik-sex-mismatch",
          "The NIK encodes a "
              + nik.sex().name().toLowerCase()
              + " person (day of birth + 40 for women), but the sex given is "
              + sex.name().toLowerCase()
              + ".",
          sexField);
    }
    if (!nik.matchesBirthDate(birthDate)) {
      throw new DomainRuleViolation(
          "nik-birth-date-mismatch",
          "The date of birth does not match digits 7-12 of the NIK (DDMMYY).",
          birthDateField);
    }
  }

  /**
   * KK number rules of domain.md 1.2: 16 digits, a real past date of issue, serial from 0001; the
   * region part only warns.
   *
   * @throws DomainRuleViolation naming {@code field} and the rule ({@code kk-date-invalid}, …)
   */
  public static CheckedKk checkKk(
      String value, LocalDate today, RegionDirectory regions, String field) {
    KkNumber kk;
    try {
      kk = KkNumber.parse(value, today);
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(e.rule(), "KK number: " + e.getMessage() + ".", field);
    }
    List<Warning> warnings = new ArrayList<>();
    String region = kk.regionCode();
    if (!regions.provinceKnown(region.substring(0, 2))
        || regions.districtsListed(region.substring(0, 4)) && !regions.districtKnown(region)
        || regions.regenciesListed(region.substring(0, 2))
            && !regions.regencyKnown(region.substring(0, 4))) {
      warnings.add(
          new Warning(
              "kk-region-unknown",
              field,
              "digits 1-6 are not a known kecamatan (not always one on older cards)"));
    }
    return new CheckedKk(kk, List.copyOf(warnings));
  }

  /** {@code DDMMYY} of a date, as in NIKs (without +40) and KK numbers. */
  public static String ddmmyy(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("ddMMyy"));
  }
}

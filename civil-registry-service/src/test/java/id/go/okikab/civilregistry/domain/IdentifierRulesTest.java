package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.civilregistry.domain.IdentifierRules.CheckedNik;
import id.go.okikab.civilregistry.domain.IdentifierRules.Warning;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md 1.1 and 1.2 as the registry applies them: the vectors, plus the region checks against
 * reference data (38 provinces, Sumatera Selatan's regencies, OKI's kecamatan).
 */
class IdentifierRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** The shape of the loaded reference data: provinces, Sumsel's regencies, OKI's kecamatan. */
  static final RegionDirectory REGIONS =
      new RegionDirectory() {
        final Set<String> provinces = Set.of("11", "16", "32", "31", "96");
        final Set<String> sumsel = Set.of("1601", "1602", "1603", "1671");
        final Set<String> oki = Set.of("160202", "160205", "160213", "160224");

        @Override
        public boolean provinceKnown(String code) {
          return provinces.contains(code);
        }

        @Override
        public boolean regenciesListed(String province) {
          return province.equals("16");
        }

        @Override
        public boolean regencyKnown(String code) {
          return sumsel.contains(code);
        }

        @Override
        public boolean districtsListed(String regency) {
          return regency.equals("1602");
        }

        @Override
        public boolean districtKnown(String code) {
          return oki.contains(code);
        }
      };

  static CheckedNik check(String nik) {
    return IdentifierRules.checkNik(nik, TODAY, REGIONS, "nik");
  }

  @Test
  void theValidVectorsPassWithoutWarnings() {
    CheckedNik woman = check("1602055708900001");
    assertThat(woman.warnings()).isEmpty();
    assertThat(woman.nik().sex()).isEqualTo(Sex.FEMALE);
    assertThat(woman.nik().birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    assertThat(check("1602130501010003").warnings()).isEmpty();
    assertThat(check("1602052902000002").nik().birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1602053202900001, nik-day-invalid",
    "1602057202900001, nik-day-invalid",
    "1602051513900001, nik-month-invalid",
    "1602052902010002, nik-date-invalid",
    "1602050101000000, nik-serial-invalid",
    "160205010190001, nik-format",
    "9902050101900001, nik-province-unknown",
    "1699050101900001, nik-regency-unknown",
    "1600050101900001, nik-regency-unknown",
    "3270050101900001, nik-regency-unknown",
  })
  void brokenRulesAreRefusedWithTheirSlugAndField(String nik, String rule) {
    assertThatThrownBy(() -> check(nik))
        .isInstanceOf(DomainRuleViolation.class)
        .satisfies(
            e -> {
              DomainRuleViolation violation = (DomainRuleViolation) e;
              assertThat(violation.rule()).isEqualTo(rule);
              assertThat(violation.errors()).extracting(f -> f.field()).containsExactly("nik");
              assertThat(violation.getMessage()).doesNotContain(nik);
            });
  }

  @Test
  void aFutureTwoDigitYearMeansTheLastCentury() {
    // 010130: 1 Jan 2030 is in the future, 1 Jan 1930 is real and past
    assertThat(check("1602050101300001").nik().birthDate()).isEqualTo(LocalDate.of(1930, 1, 1));
  }

  @Test
  void anUnknownKecamatanOfOkiIsOnlyAWarning() {
    // 16.02.01 belonged to OKI before Ogan Ilir was split off; NIKs keep their first code
    assertThat(check("1602010101900001").warnings())
        .extracting(Warning::code)
        .containsExactly("nik-kecamatan-unknown");
  }

  @Test
  void regionsWithoutListsAreAcceptedWithWarnings() {
    assertThat(check("3273010101900001").warnings())
        .extracting(Warning::code)
        .containsExactly("nik-regency-not-verified", "nik-kecamatan-not-verified");
    assertThat(check("1671010101900001").warnings())
        .extracting(Warning::code)
        .containsExactly("nik-kecamatan-not-verified");
  }

  @Test
  void theNikMustAgreeWithSexAndDateOfBirth() {
    Nik woman = Nik.parse("1602055708900001", TODAY);
    IdentifierRules.requireAgreement(
        woman, Sex.FEMALE, LocalDate.of(1990, 8, 17), "sex", "birthDate");
    assertThatThrownBy(
            () ->
                IdentifierRules.requireAgreement(
                    woman, Sex.MALE, LocalDate.of(1990, 8, 17), "sex", "birthDate"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("nik-sex-mismatch");
    assertThatThrownBy(
            () ->
                IdentifierRules.requireAgreement(
                    woman, Sex.FEMALE, LocalDate.of(1990, 8, 18), "sex", "birthDate"))
        .extracting(e -> ((DomainRuleViolation) e).errors().get(0).field())
        .isEqualTo("birthDate");
    // the century is a hint: 1901-01-05 agrees with 050101 as well as 2001-01-05
    Nik man = Nik.parse("1602130501010003", TODAY);
    IdentifierRules.requireAgreement(man, Sex.MALE, LocalDate.of(1901, 1, 5), "sex", "birthDate");
    IdentifierRules.requireAgreement(man, Sex.MALE, LocalDate.of(2001, 1, 5), "sex", "birthDate");
  }

  @ParameterizedTest(name = "KK {0} → {1}")
  @CsvSource({
    "1602051703150001, ''",
    "1602990101150001, kk-region-unknown",
    "9902050101150001, kk-region-unknown",
  })
  void kkNumbersWarnOnTheirRegionOnly(String kk, String warning) {
    var checked = IdentifierRules.checkKk(kk, TODAY, REGIONS, "kkNumber");
    assertThat(checked.kk().value()).isEqualTo(kk);
    if (warning.isEmpty()) {
      assertThat(checked.warnings()).isEmpty();
    } else {
      assertThat(checked.warnings()).extracting(Warning::code).containsExactly(warning);
    }
  }

  @ParameterizedTest(name = "KK {0} → {1}")
  @CsvSource({
    "160205010115000, kk-format",
    "1602053201150001, kk-date-invalid",
    "1602050113150001, kk-date-invalid",
    "1602052902230001, kk-date-invalid",
    "1602050101150000, kk-serial-invalid",
  })
  void kkNumberRulesAreRefused(String kk, String rule) {
    assertThatThrownBy(() -> IdentifierRules.checkKk(kk, TODAY, REGIONS, "kkNumber"))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo(rule);
  }

  @Test
  void ddmmyyIsTheNikAndKkDatePart() {
    assertThat(IdentifierRules.ddmmyy(LocalDate.of(2026, 3, 7))).isEqualTo("070326");
  }
}

package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of domain.md §1.1, read on 2026-11-27. */
class NikTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void kayuAgungWomanBornOnIndependenceDay1990() {
    Nik nik = Nik.parse("1602055708900001", TODAY);
    assertThat(nik.provinceCode()).isEqualTo("16");
    assertThat(nik.regencyCode()).isEqualTo("1602");
    assertThat(nik.kecamatanCode()).isEqualTo("160205");
    assertThat(nik.sex()).isEqualTo(Sex.FEMALE); // 57 - 40 = 17
    assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    assertThat(nik.serial()).isEqualTo(1);
  }

  @Test
  void lempuingManBorn2001() {
    Nik nik = Nik.parse("1602130501010003", TODAY);
    assertThat(nik.kecamatanCode()).isEqualTo("160213");
    assertThat(nik.sex()).isEqualTo(Sex.MALE);
    assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2001, 1, 5));
    assertThat(nik.birthDateCandidates())
        .containsExactly(LocalDate.of(1901, 1, 5), LocalDate.of(2001, 1, 5));
    assertThat(nik.matchesBirthDate(LocalDate.of(1901, 1, 5))).isTrue();
    assertThat(nik.matchesBirthDate(LocalDate.of(2001, 1, 6))).isFalse();
  }

  @Test
  void leapDay2000IsRealBut1900IsNot() {
    Nik nik = Nik.parse("1602052902000002", TODAY);
    assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(nik.birthDateCandidates()).containsExactly(LocalDate.of(2000, 2, 29));
  }

  @ParameterizedTest(name = "{0} is invalid: {1}")
  @CsvSource({
    "1602053202900001, nik-day-invalid", // day 32
    "1602057202900001, nik-day-invalid", // 72 - 40 = 32
    "1602051513900001, nik-month-invalid", // month 13
    "1602052902010002, nik-date-invalid", // 29 Feb 2001 and 1901 do not exist
    "1602050101000000, nik-serial-invalid", // serial 0000
    "160205010190001, nik-format", // 15 digits
    "16020501019000011, nik-format",
    "16020501O1900001, nik-format",
  })
  void theInvalidVectorsBreakTheirRule(String value, String rule) {
    assertThatThrownBy(() -> Nik.parse(value, TODAY))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo(rule);
    assertThat(Nik.isValid(value)).isFalse();
  }

  @Test
  void aBirthDateInTheFutureInBothCenturiesIsNotADate() {
    // 31 Dec 2099 read on 2026-11-27: 1999 is the past reading
    assertThat(Nik.parse("1602053112990001", TODAY).birthDate())
        .isEqualTo(LocalDate.of(1999, 12, 31));
    // a baby born tomorrow cannot have a NIK today; 1926-11-28 is the only past reading
    assertThat(Nik.parse("1602052811260001", TODAY).birthDate())
        .isEqualTo(LocalDate.of(1926, 11, 28));
  }

  @Test
  void aNewbornsNikEncodesRegionBirthDateSexAndSerial() {
    Nik girl = Nik.of("160205", LocalDate.of(2026, 11, 20), Sex.FEMALE, 7);
    assertThat(girl.value()).isEqualTo("1602056011260007");
    assertThat(girl.sex()).isEqualTo(Sex.FEMALE);
    assertThat(girl.birthDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    Nik boy = Nik.of("160213", LocalDate.of(2026, 1, 5), Sex.MALE, 12);
    assertThat(boy.value()).isEqualTo("1602130501260012");
  }

  @Test
  void neverShowsTheWholeNumber() {
    Nik nik = Nik.parse("1602055708900001", TODAY);
    assertThat(nik.masked()).isEqualTo("160205********01");
    assertThat(nik.toString()).doesNotContain("1602055708900001");
  }
}

package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KK number rules of domain.md §1.2: length, digits, date of issue (no +40), serial. */
class KkNumberTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void readsRegionDateOfIssueAndSerial() {
    KkNumber kk = KkNumber.parse("1602051203150004", TODAY);
    assertThat(kk.regionCode()).isEqualTo("160205");
    assertThat(kk.issuedOn()).isEqualTo(LocalDate.of(2015, 3, 12));
    assertThat(kk.serial()).isEqualTo(4);
  }

  @Test
  void theDateHasNoPlusFortyAndMustBeReal() {
    assertThatThrownBy(() -> KkNumber.parse("1602055203150004", TODAY)) // day 52
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("kk-date-invalid");
    assertThatThrownBy(() -> KkNumber.parse("1602052902230004", TODAY)) // 29 Feb 2023
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("kk-date-invalid");
  }

  @Test
  void lengthDigitsAndSerial() {
    assertThatThrownBy(() -> KkNumber.parse("160205120315000", TODAY))
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("kk-format");
    assertThatThrownBy(() -> KkNumber.parse("1602051203150000", TODAY))
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("kk-serial-invalid");
  }

  @Test
  void anUnknownRegionIsNotARejection() {
    assertThat(KkNumber.parse("9999991203150004", TODAY).regionCode()).isEqualTo("999999");
  }

  @Test
  void buildsANewNumber() {
    assertThat(KkNumber.of("160205", LocalDate.of(2026, 11, 27), 1).value())
        .isEqualTo("1602052711260001");
  }
}

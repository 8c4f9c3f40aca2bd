package id.go.okikab.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.platform.domain.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Retribution (domain.md §4.2 vector), billing codes, the working-day SLA clock. */
class PermitRulesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();

  @Test
  void pbgRetributionOfTheWorkedExampleIs840000() {
    // 100 m² × (0.5% × Rp4,000,000 = Rp20,000) × It 0.42 × Ibg 1 = Rp840,000
    assertThat(
            PbgRetribution.amount(
                new BigDecimal("100"),
                4_000_000,
                new BigDecimal("0.005"),
                new BigDecimal("0.42"),
                BigDecimal.ONE))
        .isEqualTo(840_000L);
    // an existing building (Ibg 0.5) pays half; fractions of a rupiah round half up
    assertThat(
            PbgRetribution.amount(
                new BigDecimal("100"),
                4_000_000,
                new BigDecimal("0.005"),
                new BigDecimal("0.42"),
                new BigDecimal("0.5")))
        .isEqualTo(420_000L);
    assertThat(
            PbgRetribution.amount(
                new BigDecimal("0.01"),
                4_000_000,
                new BigDecimal("0.005"),
                new BigDecimal("0.0025"),
                BigDecimal.ONE))
        .isEqualTo(1L); // 0.5 → 1
    assertThatThrownBy(
            () ->
                PbgRetribution.amount(
                    BigDecimal.ZERO,
                    4_000_000,
                    new BigDecimal("0.005"),
                    BigDecimal.ONE,
                    BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PbgRetribution.amount(
                    BigDecimal.TEN,
                    4_000_000,
                    new BigDecimal("0.005"),
                    BigDecimal.ONE,
                    new BigDecimal("1.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void billingCodesStartWith21AndCarryALuhnDigit() {
    String code = BillingCodes.of(1);
    assertThat(code).hasSize(13).startsWith("210000000001");
    // Luhn of 210000000001, doubling from the right: last 1 → 2; the leading 1 → 2; 2 stays →
    // sum 6 → check digit 4
    assertThat(code).isEqualTo("2100000000014");
    assertThat(BillingCodes.isValid(code)).isTrue();
    assertThat(BillingCodes.isValid("2100000000013")).isFalse();
    assertThat(BillingCodes.isValid("2200000000013")).isFalse();
    assertThat(BillingCodes.isValid("210000000001")).isFalse();
    // a swapped pair of neighbouring digits is caught
    String other = BillingCodes.of(1234567);
    String swapped =
        other.substring(0, 8) + other.charAt(9) + other.charAt(8) + other.substring(10);
    assertThat(BillingCodes.isValid(other)).isTrue();
    assertThat(swapped.equals(other) || !BillingCodes.isValid(swapped)).isTrue();
    // the classic Luhn vector 7992739871 → 3
    assertThat(id.go.okikab.platform.domain.BillingCodeFormat.luhnDigit("7992739871")).isEqualTo(3);
  }

  @Test
  void theSlaCountsWorkingDaysOnlyAndSkipsHolidays() {
    // Thu 2026-12-24 start; Fri 25 Dec is Christmas (holiday), 26-27 weekend
    LocalDate start = LocalDate.of(2026, 12, 24);
    SlaClock clock = SlaClock.startedOn(5, start);
    assertThat(clock.used(CALENDAR, start)).isZero();
    assertThat(clock.used(CALENDAR, LocalDate.of(2026, 12, 27))).isZero();
    assertThat(clock.used(CALENDAR, LocalDate.of(2026, 12, 28))).isEqualTo(1);
    // across the year boundary: 1 Jan 2027 is a holiday
    assertThat(clock.dueOn(CALENDAR))
        .isEqualTo(CALENDAR.addWorkingDays(start, 5))
        .isAfter(LocalDate.of(2027, 1, 1));
    assertThat(CALENDAR.isWorkingDay(clock.dueOn(CALENDAR))).isTrue();
    LocalDate due = clock.dueOn(CALENDAR);
    assertThat(clock.breached(CALENDAR, due)).isFalse();
    assertThat(clock.remaining(CALENDAR, due)).isZero();
    LocalDate next = CALENDAR.addWorkingDays(due, 1);
    assertThat(clock.breached(CALENDAR, next)).isTrue();
    assertThat(clock.remaining(CALENDAR, next)).isEqualTo(-1);
  }

  @Test
  void thePauseKeepsTheDaysUsedAndStopsTheClock() {
    LocalDate mon = LocalDate.of(2026, 11, 2); // a Monday
    SlaClock clock = SlaClock.startedOn(10, mon);
    SlaClock paused = clock.pausedOn(CALENDAR, mon.plusDays(3)); // Thursday: 3 days used
    assertThat(paused.running()).isFalse();
    assertThat(paused.usedBeforePause()).isEqualTo(3);
    assertThat(paused.dueOn(CALENDAR)).isNull();
    // two weeks with the applicant cost nothing
    assertThat(paused.used(CALENDAR, mon.plusDays(17))).isEqualTo(3);
    SlaClock resumed = paused.resumedOn(mon.plusDays(14)); // Monday two weeks later
    assertThat(resumed.used(CALENDAR, mon.plusDays(15))).isEqualTo(4);
    assertThat(resumed.dueOn(CALENDAR)).isEqualTo(CALENDAR.addWorkingDays(mon.plusDays(14), 7));
    assertThat(resumed.resumedOn(mon.plusDays(20))).isSameAs(resumed);
  }

  @Test
  void identifiersFollowTheirFormats() {
    assertThat(Identifiers.isNib("1234567890123")).isTrue();
    assertThat(Identifiers.isNib("123456789012")).isFalse();
    assertThat(Identifiers.isNib("123456789012a")).isFalse();
    assertThat(Identifiers.isKbli("56101")).isTrue();
    assertThat(Identifiers.isKbli("5610")).isFalse();
    assertThat(Identifiers.isKbliLevel("56")).isTrue();
    assertThat(Identifiers.isKbliLevel("5")).isFalse();
  }

  @Test
  void permitNumbersAndMaskedNames() {
    assertThat(Permit.number("PB_UMKU_RESTORAN", 2026, 42))
        .isEqualTo("IZN-PB-UMKU-RESTORAN-2026-000042");
    assertThat(Permit.mask("Siti Aminah")).isEqualTo("Si** Am****");
    assertThat(Permit.mask("Al")).isEqualTo("Al*");
  }
}

package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = WorkingCalendar.indonesia();

  @Test
  void theShippedListsHaveTheSkbsCounts() {
    // 2025: 17 holidays and 10 cuti bersama, plus 18 Aug by the amendment; 2026: 17 and 8
    assertThat(count(2025, WorkingCalendar.Kind.HOLIDAY)).isEqualTo(17);
    assertThat(count(2025, WorkingCalendar.Kind.CUTI_BERSAMA)).isEqualTo(11);
    assertThat(count(2026, WorkingCalendar.Kind.HOLIDAY)).isEqualTo(17);
    assertThat(count(2026, WorkingCalendar.Kind.CUTI_BERSAMA)).isEqualTo(8);
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2030)).isFalse();
  }

  @Test
  void weekendsHolidaysAndCutiBersamaAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 3))).isTrue(); // Thursday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse(); // cuti bersama
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse(); // Natal
    assertThat(calendar.holiday(LocalDate.of(2026, 8, 17)).orElseThrow().name())
        .isEqualTo("Proklamasi Kemerdekaan");
  }

  @Test
  void addingWorkingDaysSkipsTheStartDayWeekendsAndHolidays() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    assertThat(calendar.addWorkingDays(monday, 0)).isEqualTo(monday);
    assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(calendar.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2026, 12, 7));
    // Lebaran 2026: 18–24 March closed (Nyepi, Idul Fitri and their cuti bersama)
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 17), 1))
        .isEqualTo(LocalDate.of(2026, 3, 25));
    // over the year boundary: 24–25 Dec, the weekend, 1 Jan 2027 (fixed-date: 2027 not loaded)
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 5))
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThatThrownBy(() -> calendar.addWorkingDays(monday, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDaysBetweenIsTheInverse() {
    LocalDate start = LocalDate.of(2026, 3, 10);
    for (int n = 0; n < 40; n++) {
      assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)))
          .isEqualTo(n);
    }
    assertThat(calendar.workingDaysBetween(start, start.minusDays(3))).isZero();
  }

  @Test
  void aServiceMayAddItsOwnDays() {
    WorkingCalendar withHut =
        calendar.with(
            List.of(
                new WorkingCalendar.Holiday(
                    LocalDate.of(2027, 1, 5),
                    WorkingCalendar.Kind.HOLIDAY,
                    "contoh hari libur",
                    "test")));
    assertThat(withHut.isWorkingDay(LocalDate.of(2027, 1, 5))).isFalse();
    assertThat(withHut.covers(2027)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 5))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 17))).isFalse();
  }

  private long count(int year, WorkingCalendar.Kind kind) {
    return calendar.holidays().stream()
        .filter(h -> h.date().getYear() == year && h.kind() == kind)
        .count();
  }
}

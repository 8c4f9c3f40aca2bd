package id.go.okikab.health.domain.postnatal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** KF1-KF4 and KN1-KN3 windows of Permenkes 21/2021 (domain.md §2.3), hour resolution. */
class VisitWindowsTest {

  /** Born 10 January 2025, 08:00 WIB. */
  private static final OffsetDateTime BORN = OffsetDateTime.parse("2025-01-10T08:00+07:00");

  @Test
  void windows() {
    assertWindow(VisitKind.KF1, "2025-01-10T14:00+07:00", "2025-01-13T08:00+07:00");
    assertWindow(VisitKind.KF2, "2025-01-13T08:00+07:00", "2025-01-18T08:00+07:00");
    assertWindow(VisitKind.KF3, "2025-01-18T08:00+07:00", "2025-02-08T08:00+07:00");
    assertWindow(VisitKind.KF4, "2025-02-08T08:00+07:00", "2025-02-22T08:00+07:00");
    assertWindow(VisitKind.KN1, "2025-01-10T14:00+07:00", "2025-01-12T09:00+07:00");
    assertWindow(VisitKind.KN2, "2025-01-13T08:00+07:00", "2025-01-18T08:00+07:00");
    assertWindow(VisitKind.KN3, "2025-01-18T08:00+07:00", "2025-02-08T08:00+07:00");
  }

  @Test
  void kn1HasHourResolution() {
    assertThat(VisitKind.KN1.within(BORN, BORN.plusHours(5).plusMinutes(59))).isFalse();
    assertThat(VisitKind.KN1.within(BORN, BORN.plusHours(6))).isTrue();
    assertThat(VisitKind.KN1.within(BORN, BORN.plusHours(48).plusMinutes(59))).isTrue(); // 48 h
    assertThat(VisitKind.KN1.within(BORN, BORN.plusHours(49))).isFalse();
    assertThat(VisitKind.KF1.within(BORN, BORN.plusHours(71).plusMinutes(59))).isTrue(); // day 2
    assertThat(VisitKind.KF1.within(BORN, BORN.plusHours(72))).isFalse(); // day 3 is KF2
    assertThat(VisitKind.KF2.within(BORN, BORN.plusHours(72))).isTrue();
  }

  @Test
  void windowsKeepTheBirthsOffset() {
    OffsetDateTime bornUtc = BORN.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    assertThat(VisitKind.KN1.windowEnd(bornUtc).toInstant())
        .isEqualTo(VisitKind.KN1.windowEnd(BORN).toInstant());
  }

  @Test
  void status() {
    OffsetDateTime start = VisitKind.KN1.windowStart(BORN);
    OffsetDateTime end = VisitKind.KN1.windowEnd(BORN);
    assertThat(VisitStatus.of(start, end, null, false, BORN)).isEqualTo(VisitStatus.UPCOMING);
    assertThat(VisitStatus.of(start, end, null, false, start)).isEqualTo(VisitStatus.DUE);
    assertThat(VisitStatus.of(start, end, null, false, end)).isEqualTo(VisitStatus.MISSED);
    assertThat(VisitStatus.of(start, end, start.plusHours(1), false, end))
        .isEqualTo(VisitStatus.DONE);
    assertThat(VisitStatus.of(start, end, end.plusHours(1), false, end.plusHours(2)))
        .isEqualTo(VisitStatus.DONE_LATE);
    assertThat(VisitStatus.of(start, end, null, true, end)).isEqualTo(VisitStatus.CANCELLED);
  }

  private static void assertWindow(VisitKind kind, String start, String end) {
    assertThat(kind.windowStart(BORN)).isEqualTo(OffsetDateTime.parse(start));
    assertThat(kind.windowEnd(BORN)).isEqualTo(OffsetDateTime.parse(end));
  }
}

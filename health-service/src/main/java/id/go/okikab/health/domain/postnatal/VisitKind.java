package id.go.okikab.health.domain.postnatal;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Postnatal (KF, kunjungan nifas, the mother) and neonatal (KN, kunjungan neonatal, the newborn)
 * visits of Permenkes 21/2021 with their windows after the birth (domain.md §2.3).
 *
 * <p>Windows are offsets from the birth's date-time in completed units, as ages are: "6–48 hours"
 * is 6 to 48 completed hours, i.e. from birth + 6 h up to (not including) birth + 49 h; "3–7 days"
 * is from birth + 3 days up to birth + 8 days. KF1 ("6 hours – 2 days") runs from birth + 6 h up to
 * birth + 3 days, where KF2 begins. Hour resolution matters for KF1 and KN1; the birth date-time
 * keeps its offset (WIB, +07:00).
 */
public enum VisitKind {
  KF1(true, Duration.ofHours(6), Duration.ofDays(3)),
  KF2(true, Duration.ofDays(3), Duration.ofDays(8)),
  KF3(true, Duration.ofDays(8), Duration.ofDays(29)),
  KF4(true, Duration.ofDays(29), Duration.ofDays(43)),
  KN1(false, Duration.ofHours(6), Duration.ofHours(49)),
  KN2(false, Duration.ofDays(3), Duration.ofDays(8)),
  KN3(false, Duration.ofDays(8), Duration.ofDays(29));

  private final boolean mother;
  private final Duration from;
  private final Duration until;

  VisitKind(boolean mother, Duration from, Duration until) {
    this.mother = mother;
    this.from = from;
    this.until = until;
  }

  /** KF visits are the mother's, KN visits the newborn's. */
  public boolean forMother() {
    return mother;
  }

  /** The window's first instant. */
  public OffsetDateTime windowStart(OffsetDateTime bornAt) {
    return bornAt.plus(from);
  }

  /** The window's end (exclusive): the first instant that is too late. */
  public OffsetDateTime windowEnd(OffsetDateTime bornAt) {
    return bornAt.plus(until);
  }

  /** Whether a visit at {@code at} lies in this visit's window. */
  public boolean within(OffsetDateTime bornAt, OffsetDateTime at) {
    return !at.isBefore(windowStart(bornAt)) && at.isBefore(windowEnd(bornAt));
  }
}

package id.go.okikab.health.domain.postnatal;

import java.time.OffsetDateTime;

/** A KF/KN visit's state at an instant. */
public enum VisitStatus {
  /** visited within the window */
  DONE,
  /** visited, but after the window closed (recorded; does not count for the indicator) */
  DONE_LATE,
  /** the window has not opened */
  UPCOMING,
  /** the window is open */
  DUE,
  /** the window closed without a visit */
  MISSED,
  /** no longer applicable (the mother or baby died, stillbirth) */
  CANCELLED;

  /** The status of a visit from its window, what was recorded, and the time now. */
  public static VisitStatus of(
      OffsetDateTime windowStart,
      OffsetDateTime windowEnd,
      OffsetDateTime visitedAt,
      boolean cancelled,
      OffsetDateTime now) {
    if (visitedAt != null) {
      return visitedAt.isBefore(windowEnd) ? DONE : DONE_LATE;
    }
    if (cancelled) {
      return CANCELLED;
    }
    if (now.isBefore(windowStart)) {
      return UPCOMING;
    }
    return now.isBefore(windowEnd) ? DUE : MISSED;
  }
}

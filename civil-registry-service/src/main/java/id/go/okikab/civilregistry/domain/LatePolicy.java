package id.go.okikab.civilregistry.domain;

import java.time.LocalDate;

/**
 * Late reporting (domain.md 1.4): a birth reported more than 60 days after it happened (UU 24/2013
 * Pasal 27), a death more than 30 days after (Pasal 44). The limits are configuration.
 */
public final class LatePolicy {

  private LatePolicy() {}

  /** Whether {@code reportedOn} is more than {@code days} days after {@code eventDate}. */
  public static boolean isLate(LocalDate eventDate, LocalDate reportedOn, int days) {
    return reportedOn.isAfter(eventDate.plusDays(days));
  }
}

package id.go.okikab.health.domain.immunization;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.LocalDate;

/**
 * When a dose of a child's schedule may be given, is due and is overdue, and whether a recorded
 * dose is valid.
 *
 * <ul>
 *   <li>eligible from: birth + minimum age, and previous dose + minimum interval;
 *   <li>due: birth + recommended age, and previous dose + minimum interval (a late dose pushes the
 *       next one back);
 *   <li>overdue from: due + the grace period ({@code oki.health.immunization.overdue-grace-days}),
 *       or the last day of the maximum age when that comes first;
 *   <li>expires: birth + maximum age, when the schedule has one;
 *   <li>a later dose of a series has no dates until the previous dose is given (WAITING).
 * </ul>
 */
public final class DoseRules {

  private DoseRules() {}

  /** A dose's dates; all null while the previous dose of the series is not given. */
  public record Dates(
      LocalDate eligibleFrom, LocalDate dueDate, LocalDate overdueFrom, LocalDate expiresOn) {}

  /** A dose's state on a date. */
  public enum Status {
    GIVEN,
    /** the previous dose of the series is not given yet */
    WAITING,
    UPCOMING,
    DUE,
    OVERDUE,
    /** past the maximum age without the dose */
    EXPIRED
  }

  /**
   * @param previousGivenOn when the previous dose of the series was given; null for dose 1, or
   *     while it is not given
   */
  public static Dates dates(
      LocalDate birthDate, ScheduledDose dose, LocalDate previousGivenOn, int graceDays) {
    LocalDate expires = dose.maxAgeDays() == null ? null : birthDate.plusDays(dose.maxAgeDays());
    if (dose.doseNo() > 1 && previousGivenOn == null) {
      return new Dates(null, null, null, expires);
    }
    LocalDate eligible = birthDate.plusDays(dose.minAgeDays());
    LocalDate due = birthDate.plusDays(dose.recommendedAgeDays());
    if (previousGivenOn != null && dose.minIntervalDays() != null) {
      LocalDate afterInterval = previousGivenOn.plusDays(dose.minIntervalDays());
      eligible = later(eligible, afterInterval);
      due = later(due, afterInterval);
    }
    LocalDate overdue = due.plusDays(graceDays);
    if (expires != null && overdue.isAfter(expires)) {
      overdue = expires; // the last day it may still be given
    }
    return new Dates(eligible, due, overdue, expires);
  }

  public static Status status(Dates dates, LocalDate givenOn, LocalDate on) {
    if (givenOn != null) {
      return Status.GIVEN;
    }
    if (dates.expiresOn() != null && on.isAfter(dates.expiresOn())) {
      return Status.EXPIRED;
    }
    if (dates.dueDate() == null) {
      return Status.WAITING;
    }
    if (on.isBefore(dates.dueDate())) {
      return Status.UPCOMING;
    }
    return on.isBefore(dates.overdueFrom()) ? Status.DUE : Status.OVERDUE;
  }

  /**
   * Checks a dose given on {@code givenOn}.
   *
   * @throws DomainRuleViolation {@code previous-dose-missing}, {@code dose-before-minimum-age},
   *     {@code dose-before-minimum-interval} or {@code dose-after-maximum-age}, naming {@code
   *     givenOn} (or {@code doseNo})
   */
  public static void check(
      LocalDate birthDate, ScheduledDose dose, LocalDate previousGivenOn, LocalDate givenOn) {
    if (dose.doseNo() > 1 && previousGivenOn == null) {
      throw new DomainRuleViolation(
          "previous-dose-missing",
          dose.label() + " needs dose " + (dose.doseNo() - 1) + " of " + dose.vaccine() + " first.",
          "doseNo");
    }
    LocalDate minimumAge = birthDate.plusDays(dose.minAgeDays());
    if (givenOn.isBefore(minimumAge)) {
      throw new DomainRuleViolation(
          "dose-before-minimum-age",
          dose.label()
              + " is valid from "
              + dose.minAgeDays()
              + " days of age ("
              + minimumAge
              + "); a dose given earlier does not count.",
          "givenOn");
    }
    if (previousGivenOn != null && dose.minIntervalDays() != null) {
      LocalDate minimumInterval = previousGivenOn.plusDays(dose.minIntervalDays());
      if (givenOn.isBefore(minimumInterval)) {
        throw new DomainRuleViolation(
            "dose-before-minimum-interval",
            dose.label()
                + " needs at least "
                + dose.minIntervalDays()
                + " days after the previous dose (not before "
                + minimumInterval
                + ").",
            "givenOn");
      }
    }
    if (dose.maxAgeDays() != null && givenOn.isAfter(birthDate.plusDays(dose.maxAgeDays()))) {
      throw new DomainRuleViolation(
          "dose-after-maximum-age",
          dose.label() + " is given only up to " + dose.maxAgeDays() + " days of age.",
          "givenOn");
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

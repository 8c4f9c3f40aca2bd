package id.go.okikab.health.domain.immunization;

import java.time.LocalDate;
import java.util.Collection;

/**
 * "Imunisasi Dasar Lengkap" (IDL, domain.md §2.4): every basic dose (HB0, BCG, OPV×4, DPT-HB-Hib×3,
 * IPV, MR1 — the rows of the schedule marked basic) given before the first birthday.
 */
public final class BasicImmunization {

  private BasicImmunization() {}

  /** The indicator's state. */
  public enum Status {
    /** all basic doses given before the first birthday */
    COMPLETE,
    /** under one year and not all given yet */
    IN_PROGRESS,
    /** the first birthday passed without all of them */
    INCOMPLETE
  }

  /**
   * @param completedOn the day the last basic dose was given, when complete
   */
  public record Result(Status status, LocalDate completedOn, int given, int required) {}

  /** A basic dose of a child with the date it was given (null when not given). */
  public record BasicDose(String vaccine, int doseNo, LocalDate givenOn) {}

  public static Result of(LocalDate birthDate, Collection<BasicDose> basicDoses, LocalDate today) {
    LocalDate firstBirthday = birthDate.plusYears(1);
    int required = basicDoses.size();
    int givenInTime = 0;
    LocalDate last = null;
    for (BasicDose dose : basicDoses) {
      if (dose.givenOn() != null && dose.givenOn().isBefore(firstBirthday)) {
        givenInTime++;
        last = last == null || dose.givenOn().isAfter(last) ? dose.givenOn() : last;
      }
    }
    if (required > 0 && givenInTime == required) {
      return new Result(Status.COMPLETE, last, givenInTime, required);
    }
    Status status = today.isBefore(firstBirthday) ? Status.IN_PROGRESS : Status.INCOMPLETE;
    return new Result(status, null, givenInTime, required);
  }
}

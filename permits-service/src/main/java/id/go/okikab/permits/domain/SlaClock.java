package id.go.okikab.permits.domain;

import id.go.okikab.platform.domain.WorkingCalendar;
import java.time.LocalDate;

/**
 * The office's SLA clock of an application in working days (weekends, national holidays and cuti
 * bersama excluded: {@link WorkingCalendar}), paused while the file is with the applicant.
 *
 * <p>{@code usedBeforePause} is the working days already used in earlier running periods; {@code
 * runningSince} is the day the clock last (re)started (null while paused or stopped). The day a
 * clock starts does not count; every later working day up to today does.
 */
public record SlaClock(int slaWorkingDays, int usedBeforePause, LocalDate runningSince) {

  public SlaClock {
    if (slaWorkingDays <= 0 || usedBeforePause < 0) {
      throw new IllegalArgumentException("an SLA is positive and the days used are not negative");
    }
  }

  /** A clock started on {@code day}. */
  public static SlaClock startedOn(int slaWorkingDays, LocalDate day) {
    return new SlaClock(slaWorkingDays, 0, day);
  }

  public boolean running() {
    return runningSince != null;
  }

  /** Working days the office has used by {@code today}. */
  public int used(WorkingCalendar calendar, LocalDate today) {
    if (!running() || !today.isAfter(runningSince)) {
      return usedBeforePause;
    }
    return usedBeforePause + calendar.workingDaysBetween(runningSince, today);
  }

  /** Working days left by {@code today}; negative once breached. */
  public int remaining(WorkingCalendar calendar, LocalDate today) {
    return slaWorkingDays - used(calendar, today);
  }

  /** The last working day within the SLA (null while paused). */
  public LocalDate dueOn(WorkingCalendar calendar) {
    if (!running()) {
      return null;
    }
    return calendar.addWorkingDays(runningSince, Math.max(0, slaWorkingDays - usedBeforePause));
  }

  /** Whether {@code today} is past the SLA. */
  public boolean breached(WorkingCalendar calendar, LocalDate today) {
    return remaining(calendar, today) < 0;
  }

  /** The file goes to the applicant on {@code day}: the days used so far are kept. */
  public SlaClock pausedOn(WorkingCalendar calendar, LocalDate day) {
    if (!running()) {
      return this;
    }
    return new SlaClock(slaWorkingDays, used(calendar, day), null);
  }

  /** The file comes back on {@code day}. */
  public SlaClock resumedOn(LocalDate day) {
    if (running()) {
      return this;
    }
    return new SlaClock(slaWorkingDays, usedBeforePause, day);
  }
}

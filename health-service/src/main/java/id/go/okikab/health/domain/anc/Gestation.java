package id.go.okikab.health.domain.anc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Gestational age from HPHT (hari pertama haid terakhir, the first day of the last menstrual
 * period), domain.md §2.1: weeks = floor((date − HPHT) / 7); trimester 1 for weeks 0–12, 2 for
 * 13–24, 3 from 25 (the Permenkes bands "0–12", "&gt;12–24", "&gt;24" read on completed weeks); the
 * estimated due date (HPL) is HPHT + 280 days (Naegele).
 */
public final class Gestation {

  /** Naegele: 40 weeks. */
  public static final int TERM_DAYS = 280;

  /** The last day of trimester 1: 12 completed weeks + 6 days. */
  public static final int TM1_LAST_DAY = 12 * 7 + 6;

  /** The last day of trimester 2: 24 completed weeks + 6 days. */
  public static final int TM2_LAST_DAY = 24 * 7 + 6;

  /** 20 completed weeks: a live birth before this needs an explicit confirmation. */
  public static final int VIABILITY_DAYS = 20 * 7;

  /** 44 completed weeks: no pregnancy lasts longer (a date error). */
  public static final int LONGEST_DAYS = 44 * 7;

  private Gestation() {}

  public static LocalDate dueDate(LocalDate hpht) {
    return hpht.plusDays(TERM_DAYS);
  }

  /** Days since HPHT (negative before it). */
  public static long days(LocalDate hpht, LocalDate date) {
    return ChronoUnit.DAYS.between(hpht, date);
  }

  /** Completed weeks since HPHT. */
  public static int weeks(LocalDate hpht, LocalDate date) {
    return (int) Math.floorDiv(days(hpht, date), 7);
  }

  /** Trimester 1–3 on a date (not before HPHT). */
  public static int trimester(LocalDate hpht, LocalDate date) {
    return trimesterOfWeeks(weeks(hpht, date));
  }

  public static int trimesterOfWeeks(int weeks) {
    if (weeks < 0) {
      throw new IllegalArgumentException("before HPHT");
    }
    if (weeks <= 12) {
      return 1;
    }
    return weeks <= 24 ? 2 : 3;
  }
}

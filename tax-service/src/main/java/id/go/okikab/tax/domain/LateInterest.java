package id.go.okikab.tax.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Late-payment interest (domain.md §3.2): {@code percentPerMonth}% of the unpaid tax per month
 * after the due date, a started month counting as a full month, for at most {@code maxMonths}
 * months; rounded down to the rupiah. Due 30 Sep 2025, paid 2 Jan 2026: 4 months.
 */
public record LateInterest(int percentPerMonth, int maxMonths) {

  /** Started months late on {@code paidOn} (0 on or before the due date), capped. */
  public int monthsLate(LocalDate dueDate, LocalDate paidOn) {
    if (!paidOn.isAfter(dueDate)) {
      return 0;
    }
    long months = ChronoUnit.MONTHS.between(dueDate, paidOn);
    if (dueDate.plusMonths(months).isBefore(paidOn)) {
      months++;
    }
    return (int) Math.min(months, maxMonths);
  }

  /** The interest on {@code unpaid} when paid on {@code paidOn}. */
  public long on(long unpaid, LocalDate dueDate, LocalDate paidOn) {
    return Math.multiplyExact(unpaid, (long) percentPerMonth * monthsLate(dueDate, paidOn)) / 100;
  }
}

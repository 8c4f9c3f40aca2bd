package id.go.okikab.tax.domain;

import java.time.LocalDate;

/**
 * The PBB-P2 reference data of one tax year (domain.md §3.2), as loaded by migration and edited by
 * a tax officer: the rate in parts per million of the base (0.1% = 1,000), the assessed share p in
 * percent (20–100), NJOPTKP, the minimum payable, the due date printed on the SPPT, and the
 * late-payment interest (percent per started month, at most so many months).
 */
public record PbbRule(
    int taxYear,
    int ratePpm,
    int assessedPercent,
    long njoptkp,
    long minimumPayable,
    LocalDate dueDate,
    int interestPercentPerMonth,
    int interestMaxMonths) {

  /** The ceiling of UU 1/2022: 0.5%. */
  public static final int MAX_RATE_PPM = 5_000;

  public PbbRule {
    if (ratePpm <= 0 || ratePpm > MAX_RATE_PPM) {
      throw new IllegalArgumentException("ratePpm must be 1..5000 (at most 0.5%)");
    }
    if (assessedPercent < 20 || assessedPercent > 100) {
      throw new IllegalArgumentException("assessedPercent must be 20..100");
    }
    if (njoptkp < 10_000_000L) {
      throw new IllegalArgumentException("njoptkp must be at least Rp10,000,000");
    }
    if (minimumPayable < 0 || interestPercentPerMonth < 0 || interestMaxMonths < 0) {
      throw new IllegalArgumentException("minimum and interest must not be negative");
    }
    if (dueDate == null || dueDate.getYear() != taxYear) {
      throw new IllegalArgumentException("dueDate must lie in the tax year");
    }
  }

  /** The late-payment interest rule of this year. */
  public LateInterest interest() {
    return new LateInterest(interestPercentPerMonth, interestMaxMonths);
  }
}

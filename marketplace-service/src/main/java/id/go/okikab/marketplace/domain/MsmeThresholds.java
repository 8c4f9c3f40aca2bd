package id.go.okikab.marketplace.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;

/**
 * The PP 7/2021 thresholds as data (integer rupiah, upper bounds inclusive): capital excluding land
 * and premises applies at establishment or registration, annual sales to an existing business
 * (domain.md §5). When both are declared, annual sales decide (the business already trades).
 */
public record MsmeThresholds(
    long mikroMaxCapital,
    long kecilMaxCapital,
    long menengahMaxCapital,
    long mikroMaxTurnover,
    long kecilMaxTurnover,
    long menengahMaxTurnover) {

  /** PP 7/2021 Pasal 35 (capital) and 36 (annual sales). */
  public static final MsmeThresholds PP_7_2021 =
      new MsmeThresholds(
          1_000_000_000L,
          5_000_000_000L,
          10_000_000_000L,
          2_000_000_000L,
          15_000_000_000L,
          50_000_000_000L);

  public MsmeThresholds {
    if (!(0 < mikroMaxCapital
        && mikroMaxCapital < kecilMaxCapital
        && kecilMaxCapital < menengahMaxCapital
        && 0 < mikroMaxTurnover
        && mikroMaxTurnover < kecilMaxTurnover
        && kecilMaxTurnover < menengahMaxTurnover)) {
      throw new IllegalArgumentException("MSME thresholds must be positive and increasing");
    }
  }

  /**
   * The class of a business from its declared capital or annual turnover (rupiah).
   *
   * @throws DomainRuleViolation {@code msme-basis-missing} when neither is given, {@code
   *     amount-negative} when one is negative
   */
  public MsmeClass classify(Long capital, Long annualTurnover) {
    if (annualTurnover != null) {
      if (annualTurnover < 0) {
        throw new DomainRuleViolation(
            "amount-negative", "Annual turnover cannot be negative.", "annualTurnover");
      }
      return by(annualTurnover, mikroMaxTurnover, kecilMaxTurnover, menengahMaxTurnover);
    }
    if (capital != null) {
      if (capital < 0) {
        throw new DomainRuleViolation(
            "amount-negative", "Capital cannot be negative.", "declaredCapital");
      }
      return by(capital, mikroMaxCapital, kecilMaxCapital, menengahMaxCapital);
    }
    throw new DomainRuleViolation(
        "msme-basis-missing",
        "Declare the business's capital (excluding land and premises) or its annual turnover:"
            + " the MSME class (PP 7/2021) is computed from it.",
        "declaredCapital");
  }

  private static MsmeClass by(long amount, long mikro, long kecil, long menengah) {
    if (amount <= mikro) {
      return MsmeClass.MIKRO;
    }
    if (amount <= kecil) {
      return MsmeClass.KECIL;
    }
    if (amount <= menengah) {
      return MsmeClass.MENENGAH;
    }
    return MsmeClass.BESAR;
  }
}

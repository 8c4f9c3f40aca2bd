package id.go.okikab.tax.service;

import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.LateInterest;
import id.go.okikab.tax.domain.PbjtType;
import id.go.okikab.tax.domain.TaxReturn;
import id.go.okikab.tax.domain.TaxYearRule;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.TaxReturnRepository;
import id.go.okikab.tax.repository.TaxYearRuleRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * PBJT monthly returns (SPTPD) for the five sub-types of domain.md §3.1: PBJT = the year's rate of
 * the sub-type × the base declared; no return for a future month; one current return per taxpayer,
 * sub-type and month; a correction is an amended return that supersedes it. Each return is billed,
 * due on the year's PBJT due day of the next month.
 */
@ApplicationScoped
public class TaxReturnService {

  private final TaxReturnRepository returns;
  private final TaxpayerRepository taxpayers;
  private final TaxYearRuleRepository rules;
  private final BillRepository bills;
  private final BillFactory billFactory;
  private final Outbox outbox;
  private final Access access;
  private final Clock clock;

  public TaxReturnService(
      TaxReturnRepository returns,
      TaxpayerRepository taxpayers,
      TaxYearRuleRepository rules,
      BillRepository bills,
      BillFactory billFactory,
      Outbox outbox,
      Access access,
      Clock clock) {
    this.returns = returns;
    this.taxpayers = taxpayers;
    this.rules = rules;
    this.bills = bills;
    this.billFactory = billFactory;
    this.outbox = outbox;
    this.access = access;
    this.clock = clock;
  }

  /** Integer rupiah: a fractional base is refused by the JSON reader (Long). */
  public record FileReturn(
      @NotNull UUID taxpayerId,
      @NotNull PbjtType taxType,
      @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month, YYYY-MM")
          String period,
      @NotNull @Min(0) @Max(1_000_000_000_000L) Long taxBase) {}

  public record AmendReturn(@NotNull @Min(0) @Max(1_000_000_000_000L) Long taxBase) {}

  public record TaxReturnView(
      UUID id,
      UUID taxpayerId,
      String taxType,
      String period,
      long taxBase,
      int ratePpm,
      long amount,
      boolean amended,
      UUID replacesId,
      boolean superseded,
      UUID billId,
      OffsetDateTime filedAt) {

    static TaxReturnView of(TaxReturn r) {
      return new TaxReturnView(
          r.id,
          r.taxpayerId,
          r.taxType,
          r.period,
          r.taxBase,
          r.ratePpm,
          r.amount,
          r.amended,
          r.replacesId,
          r.superseded,
          r.billId,
          r.filedAt);
    }
  }

  /**
   * @throws ValidationProblem {@code period} in the future
   * @throws DomainRuleViolation {@code unknown-taxpayer}, {@code tax-year-unknown} (period)
   * @throws ConflictProblem a return of the period exists (amend it instead)
   */
  @Transactional
  public Versioned<TaxReturnView> file(FileReturn f) {
    Taxpayer t = taxpayers.findById(f.taxpayerId());
    if (t == null) {
      throw new DomainRuleViolation("unknown-taxpayer", "No taxpayer has this id.", "taxpayerId");
    }
    access.requireReader(t, "taxpayer", t.id);
    YearMonth period = YearMonth.parse(f.period());
    if (period.isAfter(YearMonth.now(clock))) {
      throw new ValidationProblem("period", "must not be a future month");
    }
    if (returns.count(
            "taxpayerId = ?1 and taxType = ?2 and period = ?3 and superseded = false",
            t.id,
            f.taxType().name(),
            f.period())
        > 0) {
      throw new ConflictProblem(
          "A return of " + f.period() + " for " + f.taxType() + " exists; amend it instead.");
    }
    TaxReturn r = newReturn(t, f.taxType(), period, f.taxBase());
    r.billId = bill(t, r, r.amount).id;
    returns.persist(r);
    returns.flush();
    outbox.publish(r.event(t));
    return new Versioned<>(TaxReturnView.of(r), r.version);
  }

  /**
   * An amended return replacing {@code id}: an unpaid bill of the original is cancelled and the new
   * amount billed; after a payment only an increase is billed (the difference).
   *
   * @throws DomainRuleViolation {@code return-superseded}, {@code amendment-below-paid}
   */
  @Transactional
  public Versioned<TaxReturnView> amend(UUID id, String ifMatch, AmendReturn a) {
    TaxReturn old =
        returns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("tax return", id));
    Taxpayer t = taxpayers.findById(old.taxpayerId);
    access.requireReader(t, "tax return", id);
    Preconditions.requireIfMatch(ifMatch, old.version);
    if (old.superseded) {
      throw new DomainRuleViolation(
          "return-superseded", "This return was amended already; amend the latest one.", null);
    }
    TaxReturn r =
        newReturn(t, PbjtType.valueOf(old.taxType), YearMonth.parse(old.period), a.taxBase());
    Bill oldBill = old.billId == null ? null : bills.findById(old.billId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    long toBill = r.amount;
    if (oldBill != null && oldBill.principalPaid == 0 && !oldBill.isSettled()) {
      oldBill.cancel(now);
    } else if (oldBill != null) {
      toBill = r.amount - oldBill.principal;
      if (toBill < 0) {
        throw new DomainRuleViolation(
            "amendment-below-paid",
            "The original return is paid; a lower amount is a refund request, not an amendment.",
            "taxBase");
      }
    }
    r.amended = true;
    r.replacesId = old.id;
    old.superseded = true;
    returns.flush();
    if (toBill > 0) {
      r.billId = bill(t, r, toBill).id;
    }
    returns.persist(r);
    returns.flush();
    outbox.publish(r.event(t));
    return new Versioned<>(TaxReturnView.of(r), r.version);
  }

  private TaxReturn newReturn(Taxpayer t, PbjtType type, YearMonth period, long base) {
    TaxYearRule rule = rules.findById(period.getYear());
    if (rule == null) {
      throw new DomainRuleViolation(
          "tax-year-unknown", "No reference data (rates) for this year.", "period");
    }
    int rate =
        rule.pbjtRate(type)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "tax-rate-unknown", "No rate for this sub-type in the year.", "taxType"));
    TaxReturn r = new TaxReturn();
    r.id = UUID.randomUUID();
    r.taxpayerId = t.id;
    r.taxType = type.name();
    r.period = period.toString();
    r.taxBase = base;
    r.ratePpm = rate;
    r.amount = TaxReturn.pbjt(base, rate);
    r.filedAt = OffsetDateTime.now(clock);
    r.filedBy = access.actor();
    return r;
  }

  private Bill bill(Taxpayer t, TaxReturn r, long amount) {
    YearMonth period = YearMonth.parse(r.period);
    TaxYearRule rule = rules.findById(period.getYear());
    LocalDate due = period.plusMonths(1).atDay(rule.pbjtDueDay);
    return billFactory.issue(
        t,
        r.taxType,
        r.period,
        amount,
        due,
        new LateInterest(rule.interestPercentPerMonth, rule.interestMaxMonths),
        t.desaCode,
        "RETURN",
        r.id,
        r.filedAt);
  }

  @Transactional
  public Versioned<TaxReturnView> get(UUID id) {
    TaxReturn r =
        returns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("tax return", id));
    access.requireReader(taxpayers.findById(r.taxpayerId), "tax return", id);
    return new Versioned<>(TaxReturnView.of(r), r.version);
  }

  @Transactional
  public Page<TaxReturnView> list(UUID taxpayerId, PageRequest paging) {
    Taxpayer t = taxpayers.findById(taxpayerId);
    if (t == null) {
      throw new NotFoundProblem("taxpayer", taxpayerId);
    }
    access.requireReader(t, "taxpayer", taxpayerId);
    return Pages.of(
        returns.find("taxpayerId", Sort.by("period").and("filedAt"), taxpayerId),
        paging,
        TaxReturnView::of);
  }
}

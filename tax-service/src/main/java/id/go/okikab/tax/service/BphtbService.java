package id.go.okikab.tax.service;

import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.Bphtb;
import id.go.okikab.tax.domain.BphtbDeclaration;
import id.go.okikab.tax.domain.LateInterest;
import id.go.okikab.tax.domain.TaxObject;
import id.go.okikab.tax.domain.TaxYearRule;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BphtbDeclarationRepository;
import id.go.okikab.tax.repository.TaxObjectRepository;
import id.go.okikab.tax.repository.TaxYearRuleRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * BPHTB declarations (domain.md §3.3): NPOP = the price, or the object's NJOP when the price is
 * unknown or lower; NPOPTKP by case — inheritance or testamentary gift to lineal family and spouse,
 * or the first acquisition in the regency (the acquirer's first declaration with it); the year's
 * rate. Billed when declared (due 30 days later; OKI's deadline is UNCONFIRMED), validated by a tax
 * officer.
 */
@ApplicationScoped
public class BphtbService {

  static final int DUE_AFTER_DAYS = 30;

  private final BphtbDeclarationRepository declarations;
  private final TaxpayerRepository taxpayers;
  private final TaxObjectRepository objects;
  private final TaxYearRuleRepository rules;
  private final BillFactory billFactory;
  private final Outbox outbox;
  private final Access access;
  private final Clock clock;

  public BphtbService(
      BphtbDeclarationRepository declarations,
      TaxpayerRepository taxpayers,
      TaxObjectRepository objects,
      TaxYearRuleRepository rules,
      BillFactory billFactory,
      Outbox outbox,
      Access access,
      Clock clock) {
    this.declarations = declarations;
    this.taxpayers = taxpayers;
    this.objects = objects;
    this.rules = rules;
    this.billFactory = billFactory;
    this.outbox = outbox;
    this.access = access;
    this.clock = clock;
  }

  public record Declare(
      @NotNull UUID taxpayerId,
      @NotNull UUID taxObjectId,
      @NotNull Bphtb.Acquisition acquisition,
      @NotNull LocalDate acquiredOn,
      @Min(0) @Max(1_000_000_000_000_000L) Long transactionValue) {}

  public record DeclarationView(
      UUID id,
      UUID taxpayerId,
      UUID taxObjectId,
      Bphtb.Acquisition acquisition,
      LocalDate acquiredOn,
      Long transactionValue,
      long njop,
      long npop,
      long npoptkp,
      int ratePpm,
      long amount,
      BphtbDeclaration.Status status,
      UUID billId,
      OffsetDateTime declaredAt) {

    static DeclarationView of(BphtbDeclaration d) {
      return new DeclarationView(
          d.id,
          d.taxpayerId,
          d.taxObjectId,
          d.acquisition,
          d.acquiredOn,
          d.transactionValue,
          d.njop,
          d.npop,
          d.npoptkp,
          d.ratePpm,
          d.amount,
          d.status,
          d.billId,
          d.declaredAt);
    }
  }

  /**
   * @throws ValidationProblem {@code acquiredOn} in the future
   * @throws DomainRuleViolation {@code unknown-taxpayer}, {@code unknown-tax-object}, {@code
   *     tax-year-unknown}
   */
  @Transactional
  public Versioned<DeclarationView> declare(Declare d) {
    Taxpayer t = taxpayers.findById(d.taxpayerId());
    if (t == null) {
      throw new DomainRuleViolation("unknown-taxpayer", "No taxpayer has this id.", "taxpayerId");
    }
    access.requireReader(t, "taxpayer", t.id);
    TaxObject o = objects.findById(d.taxObjectId());
    if (o == null) {
      throw new DomainRuleViolation(
          "unknown-tax-object", "No tax object has this id.", "taxObjectId");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (d.acquiredOn().isAfter(now.toLocalDate())) {
      throw new ValidationProblem("acquiredOn", "must not be in the future");
    }
    TaxYearRule rule = rules.findById(d.acquiredOn().getYear());
    if (rule == null) {
      throw new DomainRuleViolation(
          "tax-year-unknown", "No reference data for the year of acquisition.", "acquiredOn");
    }
    long npoptkp =
        switch (d.acquisition()) {
          case INHERITANCE -> rule.npoptkpInheritance;
          case SALE ->
              declarations.count(
                          "taxpayerId = ?1 and acquisition = ?2 and npoptkp > 0",
                          t.id,
                          Bphtb.Acquisition.SALE)
                      == 0
                  ? rule.npoptkpFirst
                  : 0;
        };
    Bphtb.Result r = Bphtb.compute(d.transactionValue(), o.njop(), npoptkp, rule.bphtbRatePpm);
    BphtbDeclaration b = new BphtbDeclaration();
    b.id = UUID.randomUUID();
    b.taxpayerId = t.id;
    b.taxObjectId = o.id;
    b.acquisition = d.acquisition();
    b.acquiredOn = d.acquiredOn();
    b.transactionValue = d.transactionValue();
    b.njop = o.njop();
    b.npop = r.npop();
    b.npoptkp = npoptkp;
    b.ratePpm = rule.bphtbRatePpm;
    b.amount = r.amount();
    b.status = BphtbDeclaration.Status.DECLARED;
    b.declaredAt = now;
    b.declaredBy = access.actor();
    Bill bill =
        billFactory.issue(
            t,
            "BPHTB",
            String.format("%04d-%02d", d.acquiredOn().getYear(), d.acquiredOn().getMonthValue()),
            r.amount(),
            now.toLocalDate().plusDays(DUE_AFTER_DAYS),
            new LateInterest(rule.interestPercentPerMonth, rule.interestMaxMonths),
            o.desaCode,
            "BPHTB",
            b.id,
            now);
    b.billId = bill.id;
    declarations.persist(b);
    declarations.flush();
    outbox.publish(b.event(t));
    return new Versioned<>(DeclarationView.of(b), b.version);
  }

  @Transactional
  public Versioned<DeclarationView> get(UUID id) {
    BphtbDeclaration b =
        declarations
            .findByIdOptional(id)
            .orElseThrow(() -> new NotFoundProblem("BPHTB declaration", id));
    access.requireReader(taxpayers.findById(b.taxpayerId), "BPHTB declaration", id);
    return new Versioned<>(DeclarationView.of(b), b.version);
  }

  @Transactional
  public Versioned<DeclarationView> validate(UUID id, String ifMatch) {
    BphtbDeclaration b =
        declarations
            .findByIdOptional(id)
            .orElseThrow(() -> new NotFoundProblem("BPHTB declaration", id));
    Preconditions.requireIfMatch(ifMatch, b.version);
    b.validate(OffsetDateTime.now(clock), access.actor());
    declarations.flush();
    return new Versioned<>(DeclarationView.of(b), b.version);
  }
}

package id.go.okikab.tax.service;

import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.tax.config.TaxConfig;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.domain.Masking;
import id.go.okikab.tax.domain.Payment;
import id.go.okikab.tax.domain.TaxClearance;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.PaymentRepository;
import id.go.okikab.tax.repository.Sequences;
import id.go.okikab.tax.repository.TaxClearanceRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tax clearances (keterangan bebas tunggakan) and the public verification of the documents the
 * service issues (clearances and payment receipts) by their verification code.
 */
@ApplicationScoped
public class ClearanceService {

  public static final String ARREARS = "tax-arrears-outstanding";

  private final TaxClearanceRepository clearances;
  private final TaxpayerRepository taxpayers;
  private final BillRepository bills;
  private final PaymentRepository payments;
  private final Sequences sequences;
  private final Outbox outbox;
  private final Access access;
  private final TaxConfig config;
  private final Clock clock;

  public ClearanceService(
      TaxClearanceRepository clearances,
      TaxpayerRepository taxpayers,
      BillRepository bills,
      PaymentRepository payments,
      Sequences sequences,
      Outbox outbox,
      Access access,
      TaxConfig config,
      Clock clock) {
    this.clearances = clearances;
    this.taxpayers = taxpayers;
    this.bills = bills;
    this.payments = payments;
    this.sequences = sequences;
    this.outbox = outbox;
    this.access = access;
    this.config = config;
    this.clock = clock;
  }

  public record RequestClearance(@NotNull UUID taxpayerId) {}

  public record ClearanceView(
      UUID id,
      String number,
      UUID taxpayerId,
      String npwpd,
      String verificationCode,
      OffsetDateTime issuedAt,
      LocalDate validUntil) {

    static ClearanceView of(TaxClearance c, Taxpayer t) {
      return new ClearanceView(
          c.id, c.number, c.taxpayerId, t.npwpd, c.verificationCode, c.issuedAt, c.validUntil);
    }
  }

  /** What anyone may learn from a verification code: no id, no NIK, the name masked. */
  public record VerificationView(
      String documentType,
      String number,
      String status,
      Long amount,
      LocalDate date,
      LocalDate validUntil,
      String holderName) {}

  /** Whether a taxpayer has overdue bills (open bills past their due date count too). */
  long arrears(UUID taxpayerId) {
    return bills.count(
        "taxpayerId = ?1 and (status = ?2 or (status = ?3 and dueDate < ?4))",
        taxpayerId,
        BillStatus.OVERDUE,
        BillStatus.OPEN,
        LocalDate.now(clock));
  }

  /**
   * @throws DomainRuleViolation 422 {@value #ARREARS} (taxpayerId) when in arrears; {@code
   *     unknown-taxpayer}
   */
  @Transactional
  public ClearanceView issue(RequestClearance r) {
    Taxpayer t = taxpayers.findById(r.taxpayerId());
    if (t == null) {
      throw new DomainRuleViolation("unknown-taxpayer", "No taxpayer has this id.", "taxpayerId");
    }
    access.requireReader(t, "taxpayer", t.id);
    long overdue = arrears(t.id);
    if (overdue > 0) {
      throw new DomainRuleViolation(
          ARREARS,
          "The taxpayer has " + overdue + " overdue bill(s); pay them first.",
          "taxpayerId");
    }
    TaxClearance c = new TaxClearance();
    c.id = UUID.randomUUID();
    c.taxpayerId = t.id;
    c.issuedAt = OffsetDateTime.now(clock);
    c.number =
        String.format("SKBT/%d/%08d", c.issuedAt.getYear(), sequences.next("document_serial"));
    c.verificationCode = VerificationCodes.next();
    c.validUntil = c.issuedAt.toLocalDate().plusDays(config.clearanceValidFor().toDays());
    c.issuedBy = access.actor();
    clearances.persist(c);
    outbox.publish(c.event(t));
    return ClearanceView.of(c, t);
  }

  @Transactional
  public ClearanceView get(UUID id) {
    TaxClearance c =
        clearances.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("clearance", id));
    Taxpayer t = taxpayers.findById(c.taxpayerId);
    access.requireReader(t, "clearance", id);
    return ClearanceView.of(c, t);
  }

  @Transactional
  public Page<ClearanceView> list(UUID taxpayerId, PageRequest paging) {
    Taxpayer t = taxpayers.findById(taxpayerId);
    if (t == null) {
      throw new NotFoundProblem("taxpayer", taxpayerId);
    }
    access.requireReader(t, "taxpayer", taxpayerId);
    return Pages.of(
        clearances.find("taxpayerId", Sort.by("issuedAt").descending(), taxpayerId),
        paging,
        c -> ClearanceView.of(c, t));
  }

  /** Public: a clearance or a receipt by its code; empty when none. */
  @Transactional
  public java.util.Optional<VerificationView> verify(String typed) {
    String code = VerificationCodes.normalize(typed);
    if (!VerificationCodes.isWellFormed(code)) {
      return java.util.Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    var clearance = clearances.find("verificationCode", code).firstResultOptional();
    if (clearance.isPresent()) {
      TaxClearance c = clearance.get();
      Taxpayer t = taxpayers.findById(c.taxpayerId);
      return java.util.Optional.of(
          new VerificationView(
              "TAX_CLEARANCE",
              c.number,
              c.validUntil.isBefore(today) ? "EXPIRED" : "VALID",
              null,
              c.issuedAt.toLocalDate(),
              c.validUntil,
              Masking.name(t.name)));
    }
    return payments
        .find("verificationCode", code)
        .firstResultOptional()
        .map(
            (Payment p) -> {
              var b = bills.findById(p.billId);
              Taxpayer t = taxpayers.findById(b.taxpayerId);
              return new VerificationView(
                  "PAYMENT_RECEIPT",
                  p.receiptNumber,
                  "PAID",
                  p.amount,
                  p.paidAt.toLocalDate(),
                  null,
                  Masking.name(t.name));
            });
  }
}

package id.go.okikab.tax.service;

import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.payment.PaymentNotification;
import id.go.okikab.platform.web.payment.PaymentNotifications;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.domain.BillingCodes;
import id.go.okikab.tax.domain.Masking;
import id.go.okikab.tax.domain.Payment;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.PaymentRepository;
import id.go.okikab.tax.repository.Sequences;
import id.go.okikab.tax.repository.TaxpayerRepository;
import id.go.okikab.tax.service.BillViews.BillView;
import id.go.okikab.tax.service.BillViews.InquiryView;
import id.go.okikab.tax.service.BillViews.PaymentView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Bills and the bank's side: inquiries by billing code and payment notifications, acted on once per
 * bank reference ({@link PaymentNotifications}) in the payment's transaction.
 */
@ApplicationScoped
public class BillService {

  /** The problem type of a payment or inquiry for a settled bill. */
  public static final String BILL_SETTLED = "bill-settled";

  private final BillRepository bills;
  private final PaymentRepository payments;
  private final TaxpayerRepository taxpayers;
  private final Sequences sequences;
  private final PaymentNotifications notifications;
  private final Outbox outbox;
  private final Access access;
  private final Clock clock;
  private final ZoneId zone;

  public BillService(
      BillRepository bills,
      PaymentRepository payments,
      TaxpayerRepository taxpayers,
      Sequences sequences,
      PaymentNotifications notifications,
      Outbox outbox,
      Access access,
      Clock clock,
      ZoneId zone) {
    this.bills = bills;
    this.payments = payments;
    this.taxpayers = taxpayers;
    this.sequences = sequences;
    this.notifications = notifications;
    this.outbox = outbox;
    this.access = access;
    this.clock = clock;
    this.zone = zone;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Staff: all bills, filtered; a citizen: the bills of their own taxpayer records. */
  @Transactional
  public Page<BillView> list(UUID taxpayerId, BillStatus status, PageRequest paging) {
    StringBuilder q = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (!access.isStaff()) {
      q.append(
          " and taxpayerId in (select t.id from Taxpayer t where t.subjectRef = :me"
              + " or t.heirSubjectRef = :me)");
      p.and("me", access.citizenRef().orElse("-"));
    }
    if (taxpayerId != null) {
      q.append(" and taxpayerId = :tp");
      p.and("tp", taxpayerId);
    }
    if (status != null) {
      q.append(" and status = :status");
      p.and("status", status);
    }
    LocalDate today = today();
    return Pages.of(
        bills.find(q.toString(), Sort.by("issuedAt").and("id"), p),
        paging,
        b -> BillView.of(b, today));
  }

  @Transactional
  public Versioned<BillView> get(UUID id) {
    Bill b = bills.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("bill", id));
    access.requireReader(taxpayers.findById(b.taxpayerId), "bill", id);
    return new Versioned<>(BillView.of(b, today()), b.version);
  }

  /**
   * What the bank collects today for a billing code.
   *
   * @throws ValidationProblem an ill-formed code or a wrong check digit
   * @throws NotFoundProblem an unknown code
   * @throws ProblemException 409 {@value #BILL_SETTLED}
   */
  @Transactional
  public InquiryView inquire(String billingCode) {
    Bill b = byCode(billingCode, false);
    requireOpen(b);
    LocalDate today = today();
    Taxpayer t = taxpayers.findById(b.taxpayerId);
    return new InquiryView(
        b.billingCode,
        b.taxType,
        b.period,
        Masking.name(t.name),
        b.outstanding(),
        b.interestOn(today),
        b.amountDue(today),
        b.dueDate);
  }

  /**
   * Records a payment once per bank reference: the same notification again answers the first
   * result; a reference reused for another payment is 409.
   *
   * @throws NotFoundProblem an unknown billing code (nothing recorded)
   * @throws ProblemException 409 {@value #BILL_SETTLED} for a settled bill (nothing recorded)
   */
  @Transactional
  public PaymentView receive(PaymentNotification n) {
    requireWellFormed(n.billingCode());
    String provider = access.provider();
    String paymentId = notifications.once(provider, n, first -> record(provider, first));
    Payment p = payments.findById(UUID.fromString(paymentId));
    return PaymentView.of(p, bills.findById(p.billId));
  }

  private String record(String provider, PaymentNotification n) {
    Bill b = byCode(n.billingCode(), true);
    requireOpen(b);
    Taxpayer t = taxpayers.findById(b.taxpayerId);
    OffsetDateTime paidAt = n.paidAt().atZoneSameInstant(zone).toOffsetDateTime();
    UUID paymentId = UUID.randomUUID();
    Bill.Applied applied =
        b.pay(t, n.amount(), paidAt.toLocalDate(), paidAt, paymentId, n.channel());
    Payment p = new Payment();
    p.id = paymentId;
    p.billId = b.id;
    p.provider = provider;
    p.reference = n.reference();
    p.channel = n.channel();
    p.amount = n.amount();
    p.interest = applied.interest();
    p.principal = applied.principal();
    p.credit = applied.credit();
    p.paidAt = paidAt;
    p.recordedAt = OffsetDateTime.now(clock);
    p.receiptNumber =
        String.format("BB/%d/%08d", p.recordedAt.getYear(), sequences.next("document_serial"));
    p.verificationCode = VerificationCodes.next();
    payments.persist(p);
    bills.flush();
    outbox.publish(applied.event());
    return paymentId.toString();
  }

  private void requireWellFormed(String code) {
    if (!BillingCodes.isValid(code)) {
      throw new ValidationProblem(
          "billingCode", "must be a billing code: 16 digits starting with 11, Luhn check digit");
    }
  }

  private Bill byCode(String code, boolean lock) {
    requireWellFormed(code);
    var query = bills.find("billingCode", code);
    if (lock) {
      query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
    }
    return query
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("No bill has billing code " + code + "."));
  }

  private void requireOpen(Bill b) {
    if (b.isSettled()) {
      throw new ProblemException(
          409,
          BILL_SETTLED,
          "Bill settled",
          "This bill is " + b.status.name().toLowerCase() + "; nothing is due.",
          List.of(new id.go.okikab.platform.web.problem.FieldError("billingCode", "settled")));
    }
  }
}

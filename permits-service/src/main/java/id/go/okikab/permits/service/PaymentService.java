package id.go.okikab.permits.service;

import id.go.okikab.permits.domain.ApplicationAction;
import id.go.okikab.permits.domain.ApplicationStatus;
import id.go.okikab.permits.domain.BillingCodes;
import id.go.okikab.permits.domain.PermitApplication;
import id.go.okikab.permits.repository.PermitApplicationRepository;
import id.go.okikab.platform.domain.WorkingCalendar;
import id.go.okikab.platform.web.payment.PaymentNotification;
import id.go.okikab.platform.web.payment.PaymentNotifications;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Permit fees at the bank: the inquiry by billing code, and the payment notification, acted on once
 * per bank reference ({@link PaymentNotifications}).
 */
@ApplicationScoped
public class PaymentService {

  private final PermitApplicationRepository applications;
  private final PaymentNotifications notifications;
  private final ApplicationService applicationService;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ZoneId zone;

  public PaymentService(
      PermitApplicationRepository applications,
      PaymentNotifications notifications,
      ApplicationService applicationService,
      WorkingCalendar calendar,
      Clock clock,
      ZoneId zone) {
    this.applications = applications;
    this.notifications = notifications;
    this.applicationService = applicationService;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = zone;
  }

  /** What the bank shows its teller or app: no personal data. */
  public record Inquiry(
      String billingCode, long amount, String status, String permitType, String description) {}

  /** The outcome of a notification. */
  public record PaymentResult(String applicationId, String billingCode, String status) {}

  @Transactional
  public Inquiry inquiry(String billingCode) {
    PermitApplication a = byCode(billingCode);
    return new Inquiry(
        a.billingCode,
        a.feeAmount,
        a.status == ApplicationStatus.FEE_ASSESSED ? "UNPAID" : "PAID",
        a.permitType,
        "Retribusi/biaya izin " + a.permitType + " DPMPTSP OKI");
  }

  /**
   * @throws DomainRuleViolation {@code payment-amount-mismatch} (amount)
   * @throws ConflictProblem when the fee is not awaiting payment
   */
  @Transactional
  public PaymentResult receive(String provider, PaymentNotification n) {
    String applicationId =
        notifications.once(
            provider,
            n,
            first -> {
              PermitApplication a = byCode(first.billingCode());
              if (a.status != ApplicationStatus.FEE_ASSESSED) {
                throw new ConflictProblem(
                    "The application is " + a.status + "; its fee is not awaiting payment.");
              }
              if (first.amount() != a.feeAmount.longValue()) {
                throw new DomainRuleViolation(
                    "payment-amount-mismatch",
                    "The fee is Rp" + a.feeAmount + "; a permit fee is paid in full.",
                    "amount");
              }
              a.apply(
                  ApplicationAction.RECORD_PAYMENT,
                  OffsetDateTime.now(clock),
                  LocalDate.now(clock.withZone(zone)),
                  calendar);
              a.feePaidAt = first.paidAt();
              a.paymentReference = first.reference();
              applicationService.record(
                  a,
                  ApplicationAction.RECORD_PAYMENT,
                  ApplicationStatus.FEE_ASSESSED,
                  provider,
                  "paid via " + first.channel());
              return a.id.toString();
            });
    PermitApplication a = applications.findById(UUID.fromString(applicationId));
    return new PaymentResult(applicationId, a.billingCode, a.status.name());
  }

  private PermitApplication byCode(String billingCode) {
    if (!BillingCodes.isValid(billingCode)) {
      throw new ValidationProblem(
          "billingCode", "must be a 13-digit permit billing code starting 21 with its check digit");
    }
    return applications
        .find("billingCode", billingCode)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("permit bill", billingCode));
  }
}

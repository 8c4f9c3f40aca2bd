package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.BillIssued;
import id.go.okikab.contracts.tax.BillOverdue;
import id.go.okikab.contracts.tax.BillPaid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tax bill with its billing code. The principal is fixed when issued; late-payment interest is
 * computed from the rule copied at issue ({@link #interestRule()}), at payment time and, for
 * display, as of today. A payment pays the interest due first, then the principal; anything above
 * the amount due is kept as credit.
 */
@Entity
@Table(name = "bill")
public class Bill {

  @Id public UUID id;

  @Column(name = "billing_code")
  public String billingCode;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "tax_type")
  public String taxType;

  public String period;

  public long principal;

  @Column(name = "principal_paid")
  public long principalPaid;

  @Column(name = "interest_paid")
  public long interestPaid;

  public long credit;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "interest_percent_per_month")
  public int interestPercentPerMonth;

  @Column(name = "interest_max_months")
  public int interestMaxMonths;

  @Enumerated(EnumType.STRING)
  public BillStatus status;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "source_type")
  public String sourceType;

  @Column(name = "source_id")
  public UUID sourceId;

  @Column(name = "issued_at")
  public OffsetDateTime issuedAt;

  @Column(name = "settled_at")
  public OffsetDateTime settledAt;

  @Column(name = "overdue_reported_at")
  public OffsetDateTime overdueReportedAt;

  @Version public long version;

  /** An issued bill and the event it caused. */
  public record Issued(Bill bill, BillIssued event) {}

  /** What a payment did to the bill. */
  public record Applied(long interest, long principal, long credit, BillPaid event) {}

  public static Issued issue(
      Taxpayer taxpayer,
      String billingCode,
      String taxType,
      String period,
      long principal,
      LocalDate dueDate,
      LateInterest interest,
      String desaCode,
      String sourceType,
      UUID sourceId,
      OffsetDateTime now) {
    Bill b = new Bill();
    b.id = UUID.randomUUID();
    b.billingCode = billingCode;
    b.taxpayerId = taxpayer.id;
    b.taxType = taxType;
    b.period = period;
    b.principal = principal;
    b.dueDate = dueDate;
    b.interestPercentPerMonth = interest.percentPerMonth();
    b.interestMaxMonths = interest.maxMonths();
    b.status = principal == 0 ? BillStatus.PAID : BillStatus.OPEN;
    b.settledAt = principal == 0 ? now : null;
    b.desaCode = desaCode;
    b.sourceType = sourceType;
    b.sourceId = sourceId;
    b.issuedAt = now;
    return new Issued(
        b,
        new BillIssued(
            b.id.toString(),
            billingCode,
            taxpayer.id.toString(),
            taxpayer.subjectRef,
            taxpayer.nib,
            taxType,
            period,
            principal,
            dueDate,
            desaCode,
            now));
  }

  public LateInterest interestRule() {
    return new LateInterest(interestPercentPerMonth, interestMaxMonths);
  }

  public long outstanding() {
    return principal - principalPaid;
  }

  public boolean isSettled() {
    return status == BillStatus.PAID || status == BillStatus.CANCELLED;
  }

  /** Interest on the unpaid principal if paid on {@code on}. */
  public long interestOn(LocalDate on) {
    return interestRule().on(outstanding(), dueDate, on);
  }

  /** Unpaid principal plus interest if paid on {@code on}. */
  public long amountDue(LocalDate on) {
    return isSettled() ? 0 : outstanding() + interestOn(on);
  }

  /**
   * Applies a payment made on {@code paidOn}: interest first, then principal, the rest as credit.
   * The caller checks that the bill is not settled.
   */
  public Applied pay(
      Taxpayer taxpayer,
      long amount,
      LocalDate paidOn,
      OffsetDateTime paidAt,
      UUID paymentId,
      String channel) {
    if (isSettled()) {
      throw new IllegalStateException("bill " + id + " is settled");
    }
    long interestDue = interestOn(paidOn);
    long towardsInterest = Math.min(amount, interestDue);
    long towardsPrincipal = Math.min(amount - towardsInterest, outstanding());
    long extra = amount - towardsInterest - towardsPrincipal;
    interestPaid += towardsInterest;
    principalPaid += towardsPrincipal;
    credit += extra;
    boolean settled = outstanding() == 0;
    if (settled) {
      status = BillStatus.PAID;
      settledAt = paidAt;
    }
    return new Applied(
        towardsInterest,
        towardsPrincipal,
        extra,
        new BillPaid(
            id.toString(),
            billingCode,
            taxpayer.id.toString(),
            taxpayer.subjectRef,
            taxpayer.nib,
            taxType,
            paymentId.toString(),
            amount,
            towardsInterest,
            outstanding(),
            settled,
            channel,
            desaCode,
            paidAt));
  }

  /** Marks an open bill past its due date overdue, once. */
  public BillOverdue markOverdue(Taxpayer taxpayer, OffsetDateTime now) {
    status = BillStatus.OVERDUE;
    overdueReportedAt = now;
    return new BillOverdue(
        id.toString(),
        billingCode,
        taxpayer.id.toString(),
        taxpayer.subjectRef,
        taxpayer.nib,
        taxType,
        outstanding(),
        dueDate,
        dueDate.plusDays(1));
  }

  /** Cancels an unpaid bill replaced by an amended return. */
  public void cancel(OffsetDateTime now) {
    status = BillStatus.CANCELLED;
    settledAt = now;
  }
}

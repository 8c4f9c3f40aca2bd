package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.domain.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Bills as the API shows them, with interest and amount due as of today; payments; inquiries. */
public final class BillViews {

  private BillViews() {}

  public record BillView(
      UUID id,
      String billingCode,
      UUID taxpayerId,
      String taxType,
      String period,
      long principal,
      long principalPaid,
      long interestPaid,
      long outstanding,
      long interestToday,
      long amountDueToday,
      long credit,
      LocalDate dueDate,
      BillStatus status,
      OffsetDateTime issuedAt,
      OffsetDateTime settledAt) {

    public static BillView of(Bill b, LocalDate today) {
      return new BillView(
          b.id,
          b.billingCode,
          b.taxpayerId,
          b.taxType,
          b.period,
          b.principal,
          b.principalPaid,
          b.interestPaid,
          b.outstanding(),
          b.isSettled() ? 0 : b.interestOn(today),
          b.amountDue(today),
          b.credit,
          b.dueDate,
          b.status,
          b.issuedAt,
          b.settledAt);
    }
  }

  /** The bank's inquiry: what to collect today (no personal data beyond the masked name). */
  public record InquiryView(
      String billingCode,
      String taxType,
      String period,
      String taxpayerName,
      long principal,
      long interest,
      long amountDue,
      LocalDate dueDate) {}

  public record PaymentView(
      UUID paymentId,
      UUID billId,
      String billingCode,
      long amount,
      long interest,
      long principal,
      long credit,
      long outstanding,
      boolean settled,
      String receiptNumber,
      String verificationCode,
      String channel,
      OffsetDateTime paidAt) {

    public static PaymentView of(Payment p, Bill b) {
      return new PaymentView(
          p.id,
          b.id,
          b.billingCode,
          p.amount,
          p.interest,
          p.principal,
          p.credit,
          b.outstanding(),
          b.status == BillStatus.PAID,
          p.receiptNumber,
          p.verificationCode,
          p.channel,
          p.paidAt);
    }
  }
}

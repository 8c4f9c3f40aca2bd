package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/**
 * A payment was recorded against a bill (partial or settling); the receipt has a verification code.
 */
public record BillPaid(
    @Doc("the bill (aggregate id, record key)") String billId,
    @Doc("the billing code paid") String billingCode,
    @Doc("the taxpayer") String taxpayerId,
    @Doc(value = "the taxpayer's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the taxpayer's NIB when a business", optional = true) String nib,
    @Doc("the tax type of the bill") String taxType,
    @Doc("the payment recorded") String paymentId,
    @Doc("this payment (rupiah)") long amountPaid,
    @Doc("late-payment interest included in it (rupiah)") long interest,
    @Doc("what remains payable after it (rupiah; 0 when settled)") long outstanding,
    @Doc("whether the bill is now fully paid") boolean settled,
    @Doc("the payment channel (TELLER, VA, QRIS, …)") String channel,
    @Doc(value = "Kemendagri code the revenue is attributed to (10 digits)", optional = true)
        String desaCode,
    @Doc("when the bank says it was paid") OffsetDateTime paidAt)
    implements BillEvent {

  @Override
  public String aggregateId() {
    return billId;
  }
}

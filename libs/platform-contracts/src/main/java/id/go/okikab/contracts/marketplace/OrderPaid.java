package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** The acquirer confirmed the order's QRIS payment. */
public record OrderPaid(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the shop owner's subjectRef (to notify the merchant)") String merchantOwnerRef,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("the amount paid (rupiah)") long amount,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was paid") OffsetDateTime paidAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

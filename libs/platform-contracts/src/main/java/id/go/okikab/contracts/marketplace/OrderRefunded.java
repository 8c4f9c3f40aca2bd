package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A refund of an order was confirmed by the acquirer. */
public record OrderRefunded(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("the amount refunded (rupiah)") long amount,
    @Doc("when it was refunded") OffsetDateTime refundedAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/**
 * An order was cancelled (by the buyer, the shop, or the payment expiring); its stock is released.
 */
public record OrderCancelled(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("BUYER, MERCHANT or PAYMENT_EXPIRED") String reasonCode,
    @Doc("whether it had been paid (a refund follows)") boolean paid,
    @Doc("when it was cancelled") OffsetDateTime cancelledAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** The shop shipped the order or made it ready for pickup. */
public record OrderShipped(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("SHIPPED or READY_FOR_PICKUP") String mode,
    @Doc("when") OffsetDateTime shippedAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A buyer placed an order with one shop; the stock is reserved and a QRIS code awaits payment. */
public record OrderPlaced(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("the order total (rupiah)") long total,
    @Doc("number of order lines") int lineCount,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was placed") OffsetDateTime placedAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

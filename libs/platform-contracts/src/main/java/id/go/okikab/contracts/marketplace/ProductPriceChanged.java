package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A product's price changed (orders already placed keep theirs). */
public record ProductPriceChanged(
    @Doc("the product (aggregate id, record key)") String productId,
    @Doc("its shop") String merchantId,
    @Doc("the price before (rupiah)") long oldPrice,
    @Doc("the price now (rupiah)") long newPrice,
    @Doc("when it changed") OffsetDateTime changedAt)
    implements ProductEvent {

  @Override
  public String aggregateId() {
    return productId;
  }
}

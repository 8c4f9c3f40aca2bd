package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A product was listed for sale. */
public record ProductListed(
    @Doc("the product (aggregate id, record key)") String productId,
    @Doc("its shop") String merchantId,
    @Doc("its category code (the marketplace's fixed list)") String category,
    @Doc("price per unit (rupiah)") long price,
    @Doc("when it was listed") OffsetDateTime listedAt)
    implements ProductEvent {

  @Override
  public String aggregateId() {
    return productId;
  }
}

package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** An order was completed; food-and-beverage sales feed the merchant's PBJT pre-fill at Bapenda. */
public record OrderCompleted(
    @Doc("the order (aggregate id, record key)") String orderId,
    @Doc("the shop") String merchantId,
    @Doc("the shop's NIB (13 digits): links it to its PBJT taxpayer") String merchantNib,
    @Doc("the buyer's subjectRef") String buyerRef,
    @Doc("what the buyer paid, net of refunds (rupiah)") long netAmount,
    @Doc("the part of it that is a PBJT base (rupiah; 0 when none)") long pbjtBase,
    @Doc("the PBJT-relevant category of the sale (FOOD_BEVERAGE, or OTHER)") String category,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was completed (its PBJT period is this month, WIB)") OffsetDateTime completedAt)
    implements OrderEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}

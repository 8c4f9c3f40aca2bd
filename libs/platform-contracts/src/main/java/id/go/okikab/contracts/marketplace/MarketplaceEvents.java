package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The topics and event types of Dinas Koperasi dan UMKM OKI. The records live beside this class;
 * {@link id.go.okikab.contracts.PlatformEvents} adds them to the platform catalog.
 */
public final class MarketplaceEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public MarketplaceEvents() {}

  @Override
  public String context() {
    return "marketplace";
  }

  /** A shop of the marketplace (key: the merchant id). */
  public static final EventCatalog.Topic MERCHANT =
      new EventCatalog.Topic(
          "marketplace",
          "merchant",
          1,
          3,
          false,
          "Shops of the regency marketplace (UMKM): registered, verified, suspended.");

  /** A product (key: the product id). */
  public static final EventCatalog.Topic PRODUCT =
      new EventCatalog.Topic(
          "marketplace",
          "product",
          1,
          3,
          false,
          "Products listed by the marketplace's shops, with their price changes.");

  /** An order (key: the order id). */
  public static final EventCatalog.Topic ORDER =
      new EventCatalog.Topic(
          "marketplace",
          "order",
          1,
          3,
          false,
          "Orders of the marketplace, from placement to completion, cancellation or refund.");

  /** Adds the topics, then the event types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(MERCHANT)
        .topic(PRODUCT)
        .topic(ORDER)
        .type(
            MerchantRegistered.class,
            MERCHANT,
            "A citizen opened a shop; it sells only once verified.")
        .type(
            MerchantVerified.class,
            MERCHANT,
            "A shop was verified, by a permit issued for its NIB or by an admin.")
        .type(
            MerchantSuspended.class,
            MERCHANT,
            "A shop was suspended: its permit suspended or revoked, its owner deceased, or by an admin.")
        .type(ProductListed.class, PRODUCT, "A product was listed for sale.")
        .type(
            ProductPriceChanged.class,
            PRODUCT,
            "A product's price changed (orders already placed keep theirs).")
        .type(
            OrderPlaced.class,
            ORDER,
            "A buyer placed an order with one shop; the stock is reserved and a QRIS code awaits payment.")
        .type(OrderPaid.class, ORDER, "The acquirer confirmed the order's QRIS payment.")
        .type(OrderShipped.class, ORDER, "The shop shipped the order or made it ready for pickup.")
        .type(
            OrderCompleted.class,
            ORDER,
            "An order was completed; food-and-beverage sales feed the merchant's PBJT pre-fill at Bapenda.")
        .type(
            OrderCancelled.class,
            ORDER,
            "An order was cancelled (by the buyer, the shop, or the payment expiring); its stock is released.")
        .type(OrderRefunded.class, ORDER, "A refund of an order was confirmed by the acquirer.");
  }
}

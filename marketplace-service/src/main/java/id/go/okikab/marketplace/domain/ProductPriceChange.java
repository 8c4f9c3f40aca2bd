package id.go.okikab.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a product's price history (the first has no old price). */
@Entity
@Table(name = "product_price_change")
public class ProductPriceChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "old_price")
  public Long oldPrice;

  @Column(name = "new_price")
  public long newPrice;

  public String actor;

  public OffsetDateTime at;

  public static ProductPriceChange of(
      UUID productId, Long oldPrice, long newPrice, String actor, OffsetDateTime at) {
    ProductPriceChange c = new ProductPriceChange();
    c.productId = productId;
    c.oldPrice = oldPrice;
    c.newPrice = newPrice;
    c.actor = actor;
    c.at = at;
    return c;
  }
}

package id.go.okikab.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A line of an order: the product's name, price and PBJT relevance as they were when placed. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "line_no")
    public int lineNo;

    public Key() {}

    public Key(UUID orderId, int lineNo) {
      this.orderId = orderId;
      this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.lineNo == lineNo && Objects.equals(k.orderId, orderId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, lineNo);
    }
  }

  @EmbeddedId public Key key;

  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "product_name")
  public String productName;

  public String category;

  public String unit;

  @Column(name = "unit_price")
  public long unitPrice;

  public int quantity;

  public long amount;

  public boolean pbjt;

  /** The snapshot of {@code product} for {@code quantity} units. */
  public static OrderLine snapshot(
      UUID orderId, int lineNo, Product product, int quantity, boolean pbjt) {
    OrderLine l = new OrderLine();
    l.key = new Key(orderId, lineNo);
    l.productId = product.id;
    l.productName = product.name;
    l.category = product.category;
    l.unit = product.unit;
    l.unitPrice = product.price;
    l.quantity = quantity;
    l.amount = Math.multiplyExact(product.price, (long) quantity);
    l.pbjt = pbjt;
    return l;
  }
}

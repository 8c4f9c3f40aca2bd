package id.go.okikab.marketplace.domain;

import id.go.okikab.contracts.marketplace.ProductListed;
import id.go.okikab.contracts.marketplace.ProductPriceChanged;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A product of a shop. Its price changes keep a history and never touch placed orders (they
 * snapshot the price). Its stock is never written by the entity: reservations and adjustments are
 * conditional relative UPDATEs in the database ({@code stock >= qty}), so two concurrent writers
 * cannot lose or oversell units.
 */
@Entity
@Table(name = "product")
public class Product {

  public enum Status {
    ACTIVE,
    INACTIVE
  }

  @Id public UUID id;

  @Column(name = "merchant_id")
  public UUID merchantId;

  public String name;

  public String description;

  public String category;

  public long price;

  /** Read-only here: see the class comment. */
  @Column(insertable = true, updatable = false)
  public int stock;

  public String unit;

  @Column(name = "halal_certificate_no")
  public String halalCertificateNo;

  @Column(name = "halal_expires_on")
  public LocalDate halalExpiresOn;

  @Column(name = "pirt_no")
  public String pirtNo;

  @Column(name = "bpom_no")
  public String bpomNo;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "listed_at")
  public OffsetDateTime listedAt;

  @Version public long version;

  /** The details of a product. */
  public record Details(
      String name,
      String description,
      String category,
      String unit,
      String halalCertificateNo,
      LocalDate halalExpiresOn,
      String pirtNo,
      String bpomNo) {}

  /** A product listed ACTIVE with its initial stock; its {@code ProductListed}. */
  public static Listed list(
      UUID id, Merchant shop, Details d, long price, int stock, OffsetDateTime at) {
    if (!shop.sells()) {
      throw new DomainRuleViolation(
          "merchant-not-verified",
          "Only a verified shop lists products; this one is " + shop.status + ".",
          "merchantId");
    }
    requirePrice(price);
    if (stock < 0) {
      throw new DomainRuleViolation("stock-negative", "Stock cannot be below zero.", "stock");
    }
    Product p = new Product();
    p.id = id;
    p.merchantId = shop.id;
    p.apply(d);
    p.price = price;
    p.stock = stock;
    p.status = Status.ACTIVE;
    p.listedAt = at;
    return new Listed(
        p, new ProductListed(id.toString(), shop.id.toString(), d.category(), price, at));
  }

  /** A product just listed and its event. */
  public record Listed(Product product, ProductListed event) {}

  public void apply(Details d) {
    if ((d.halalCertificateNo() == null) != (d.halalExpiresOn() == null)) {
      throw new DomainRuleViolation(
          "halal-certificate-incomplete",
          "A halal certificate (BPJPH) has both its number and its expiry date.",
          d.halalCertificateNo() == null ? "halalCertificateNo" : "halalExpiresOn");
    }
    name = d.name().trim();
    description = d.description() == null ? "" : d.description().trim();
    category = d.category();
    unit = d.unit().trim();
    halalCertificateNo = d.halalCertificateNo();
    halalExpiresOn = d.halalExpiresOn();
    pirtNo = d.pirtNo();
    bpomNo = d.bpomNo();
  }

  /** Changes the price; {@code null} when it is the same. */
  public ProductPriceChanged reprice(long newPrice, OffsetDateTime at) {
    requirePrice(newPrice);
    if (newPrice == price) {
      return null;
    }
    long old = price;
    price = newPrice;
    return new ProductPriceChanged(id.toString(), merchantId.toString(), old, newPrice, at);
  }

  /** Whether the halal certificate has expired on {@code day}. */
  public boolean halalExpired(LocalDate day) {
    return halalExpiresOn != null && halalExpiresOn.isBefore(day);
  }

  static void requirePrice(long price) {
    if (price <= 0) {
      throw new DomainRuleViolation(
          "price-not-positive", "A price is a positive whole number of rupiah.", "price");
    }
  }
}

package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Product;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the API answers about products. */
public final class ProductViews {

  private ProductViews() {}

  public record ProductView(
      UUID id,
      UUID merchantId,
      String name,
      String description,
      String category,
      long price,
      int stock,
      String unit,
      String halalCertificateNo,
      LocalDate halalExpiresOn,
      String pirtNo,
      String bpomNo,
      String status,
      OffsetDateTime listedAt,
      long version) {
    static ProductView of(Product p) {
      return new ProductView(
          p.id,
          p.merchantId,
          p.name,
          p.description,
          p.category,
          p.price,
          p.stock,
          p.unit,
          p.halalCertificateNo,
          p.halalExpiresOn,
          p.pirtNo,
          p.bpomNo,
          p.status.name(),
          p.listedAt,
          p.version);
    }
  }

  /** One hit of the catalogue search. */
  public record CatalogueItem(
      UUID id,
      String name,
      String category,
      long price,
      String unit,
      int stock,
      UUID merchantId,
      String merchantName,
      String kecamatanCode,
      OffsetDateTime listedAt,
      double relevance) {}

  public record PriceView(Long oldPrice, long newPrice, OffsetDateTime at) {}

  public record CategoryView(String code, String name, boolean pbjt) {}

  public record StockView(UUID productId, int stock) {}
}

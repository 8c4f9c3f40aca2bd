package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.domain.Product;
import id.go.okikab.marketplace.domain.ProductPriceChange;
import id.go.okikab.marketplace.repository.MerchantRepository;
import id.go.okikab.marketplace.repository.ProductPriceChangeRepository;
import id.go.okikab.marketplace.repository.ProductRepository;
import id.go.okikab.marketplace.service.ProductCommands.AdjustStock;
import id.go.okikab.marketplace.service.ProductCommands.ListProduct;
import id.go.okikab.marketplace.service.ProductCommands.UpdateProduct;
import id.go.okikab.marketplace.service.ProductViews.CategoryView;
import id.go.okikab.marketplace.service.ProductViews.PriceView;
import id.go.okikab.marketplace.service.ProductViews.ProductView;
import id.go.okikab.platform.web.files.FilePolicy;
import id.go.okikab.platform.web.files.FileStore;
import id.go.okikab.platform.web.files.StoredFile;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Products of a shop: listing, changes (price history), stock moves, public reads. */
@ApplicationScoped
public class ProductService {

  private final ProductRepository products;
  private final MerchantRepository merchants;
  private final ProductPriceChangeRepository prices;
  private final EventPublisher events;
  private final Access access;
  private final EntityManager em;
  private final FileStore files;
  private final Clock clock;

  /** Photos a product may have. */
  public static final int MAX_PHOTOS = 8;

  /** The owner type of product photos in the file store. */
  static final String PHOTO_OWNER = "product";

  public ProductService(
      ProductRepository products,
      MerchantRepository merchants,
      ProductPriceChangeRepository prices,
      EventPublisher events,
      Access access,
      EntityManager em,
      FileStore files,
      Clock clock) {
    this.products = products;
    this.merchants = merchants;
    this.prices = prices;
    this.events = events;
    this.access = access;
    this.em = em;
    this.files = files;
    this.clock = clock;
  }

  /** The fixed category list (data: table product_category). */
  @Transactional
  public List<CategoryView> categories() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT code, name, pbjt FROM product_category ORDER BY sort_order")
            .getResultList();
    return rows.stream()
        .map(r -> new CategoryView((String) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }

  /** Whether sales of the category are a PBJT base. */
  public boolean pbjt(String category) {
    return (Boolean)
        em.createNativeQuery("SELECT pbjt FROM product_category WHERE code = ?1")
            .setParameter(1, category)
            .getSingleResult();
  }

  @Transactional
  public ProductView list(ListProduct r) {
    Merchant shop =
        merchants
            .findByIdOptional(r.merchantId())
            .orElseThrow(
                () -> new DomainRuleViolation("merchant-unknown", "No such shop.", "merchantId"));
    access.requireOwner(shop);
    requireCategory(r.category());
    OffsetDateTime now = OffsetDateTime.now(clock);
    Product.Listed listed =
        Product.list(
            UUID.randomUUID(),
            shop,
            new Product.Details(
                r.name(),
                r.description(),
                r.category(),
                r.unit(),
                r.halalCertificateNo(),
                r.halalExpiresOn(),
                r.pirtNo(),
                r.bpomNo()),
            r.price(),
            r.stock(),
            now);
    Product p = listed.product();
    products.persist(p);
    prices.persist(ProductPriceChange.of(p.id, null, p.price, access.actor(), now));
    events.publish(listed.event());
    products.flush();
    return ProductView.of(p);
  }

  /** A product: public when its shop sells and it is active; its shop and admins always. */
  @Transactional
  public ProductView get(UUID id) {
    Product p = products.require(id);
    Merchant shop = merchants.require(p.merchantId);
    boolean visible = shop.sells() && p.status == Product.Status.ACTIVE;
    if (!visible && !access.owns(shop) && !access.readsAll()) {
      throw new NotFoundProblem(ProductRepository.RESOURCE, id);
    }
    return ProductView.of(p);
  }

  @Transactional
  public ProductView update(UUID id, String ifMatch, UpdateProduct r) {
    Product p = products.require(id);
    Merchant shop = merchants.require(p.merchantId);
    access.requireOwner(shop);
    Preconditions.requireIfMatch(ifMatch, p.version);
    requireCategory(r.category());
    OffsetDateTime now = OffsetDateTime.now(clock);
    p.apply(
        new Product.Details(
            r.name(),
            r.description(),
            r.category(),
            r.unit(),
            r.halalCertificateNo(),
            r.halalExpiresOn(),
            r.pirtNo(),
            r.bpomNo()));
    p.status = Product.Status.valueOf(r.status());
    Long old = p.price;
    var changed = p.reprice(r.price(), now);
    if (changed != null) {
      prices.persist(ProductPriceChange.of(p.id, old, p.price, access.actor(), now));
      events.publish(changed);
    }
    products.flush();
    return ProductView.of(p);
  }

  /** The price history, oldest first. */
  @Transactional
  public List<PriceView> prices(UUID id) {
    get(id);
    return prices.list("productId = ?1 order by id", id).stream()
        .map(c -> new PriceView(c.oldPrice, c.newPrice, c.at))
        .toList();
  }

  /**
   * Moves stock by {@code delta} in one conditional UPDATE (never below zero, never lost to a
   * concurrent order).
   *
   * @throws DomainRuleViolation {@code stock-negative}
   */
  @Transactional
  public ProductViews.StockView adjust(UUID id, AdjustStock r) {
    Product p = products.require(id);
    access.requireOwner(merchants.require(p.merchantId));
    if (r.delta() == 0) {
      throw new DomainRuleViolation("stock-delta-zero", "A stock move changes the stock.", "delta");
    }
    int moved =
        em.createNativeQuery(
                "UPDATE product SET stock = stock + ?2 WHERE id = ?1 AND stock + ?2 >= 0")
            .setParameter(1, id)
            .setParameter(2, r.delta())
            .executeUpdate();
    if (moved == 0) {
      throw new DomainRuleViolation("stock-negative", "The stock cannot go below zero.", "delta");
    }
    recordStockMove(id, r.delta(), r.reason(), r.note(), null, access.actor());
    int stock =
        ((Number)
                em.createNativeQuery("SELECT stock FROM product WHERE id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue();
    return new ProductViews.StockView(id, stock);
  }

  /**
   * Adds a photo (JPEG or PNG of at most 2 MB, its real type checked from its bytes, SHA-256 kept).
   *
   * @throws DomainRuleViolation {@code too-many-photos}
   */
  @Transactional
  public StoredFile addPhoto(UUID id, String fileName, byte[] content) {
    Product p = products.require(id);
    access.requireOwner(merchants.require(p.merchantId));
    if (files.of(PHOTO_OWNER, id.toString()).size() >= MAX_PHOTOS) {
      throw new DomainRuleViolation(
          "too-many-photos", "A product has at most " + MAX_PHOTOS + " photos.", "photo");
    }
    return files.store(
        PHOTO_OWNER, id.toString(), "photo", "photo", fileName, content, FilePolicy.PHOTOS);
  }

  /** A product's photos (as visible as the product). */
  @Transactional
  public List<StoredFile> photos(UUID id) {
    get(id);
    return files.of(PHOTO_OWNER, id.toString());
  }

  /** One photo's bytes and metadata. */
  @Transactional
  public java.util.Map.Entry<StoredFile, byte[]> photo(UUID id, UUID photoId) {
    get(id);
    StoredFile f =
        files
            .find(photoId)
            .filter(x -> x.ownerType().equals(PHOTO_OWNER) && x.ownerId().equals(id.toString()))
            .orElseThrow(() -> new NotFoundProblem("photo", photoId));
    return java.util.Map.entry(f, files.content(photoId).orElseThrow());
  }

  void recordStockMove(
      UUID productId, int delta, String reason, String note, UUID orderId, String actor) {
    em.createNativeQuery(
            "INSERT INTO stock_adjustment (product_id, delta, reason, note, order_id, actor, at)"
                + " VALUES (?1, ?2, ?3, CAST(?4 AS varchar), CAST(?5 AS uuid), ?6, ?7)")
        .setParameter(1, productId)
        .setParameter(2, delta)
        .setParameter(3, reason)
        .setParameter(4, note)
        .setParameter(5, orderId == null ? null : orderId.toString())
        .setParameter(6, actor)
        .setParameter(7, OffsetDateTime.now(clock))
        .executeUpdate();
  }

  private void requireCategory(String category) {
    long n =
        ((Number)
                em.createNativeQuery("SELECT count(*) FROM product_category WHERE code = ?1")
                    .setParameter(1, category)
                    .getSingleResult())
            .longValue();
    if (n == 0) {
      throw new DomainRuleViolation(
          "category-unknown",
          "Not a category of the marketplace (GET /api/v1/products/categories).",
          "category");
    }
  }
}

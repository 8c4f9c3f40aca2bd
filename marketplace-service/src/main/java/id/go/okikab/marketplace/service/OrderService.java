package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.config.MarketplaceConfig;
import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.domain.Order;
import id.go.okikab.marketplace.domain.OrderLine;
import id.go.okikab.marketplace.domain.OrderStatus;
import id.go.okikab.marketplace.domain.OrderStatus.Actor;
import id.go.okikab.marketplace.domain.OrderTransition;
import id.go.okikab.marketplace.domain.Product;
import id.go.okikab.marketplace.domain.qris.QrisPayload;
import id.go.okikab.marketplace.repository.MerchantRepository;
import id.go.okikab.marketplace.repository.OrderLineRepository;
import id.go.okikab.marketplace.repository.OrderRepository;
import id.go.okikab.marketplace.repository.OrderTransitionRepository;
import id.go.okikab.marketplace.repository.ProductRepository;
import id.go.okikab.marketplace.service.OrderCommands.Line;
import id.go.okikab.marketplace.service.OrderCommands.PlaceOrder;
import id.go.okikab.marketplace.service.OrderCommands.Transition;
import id.go.okikab.marketplace.service.OrderViews.OrderSummary;
import id.go.okikab.marketplace.service.OrderViews.OrderView;
import id.go.okikab.marketplace.service.OrderViews.QrisView;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Orders: placement with the stock reserved atomically, the buyer's and the shop's steps of the
 * state machine, the QRIS code, and the expiry sweep that cancels unpaid orders and releases their
 * stock.
 */
@ApplicationScoped
public class OrderService {

  /** Insufficient stock: 409, naming the line. */
  public static final String OUT_OF_STOCK = "insufficient-stock";

  private static final String AUDIT_PURPOSE = "marketplace-order";

  private final OrderRepository orders;
  private final OrderLineRepository lines;
  private final OrderTransitionRepository transitions;
  private final ProductRepository products;
  private final MerchantRepository merchants;
  private final ProductService productService;
  private final EventPublisher events;
  private final Access access;
  private final ReadAudit readAudit;
  private final EntityManager em;
  private final MarketplaceConfig config;
  private final Clock clock;

  public OrderService(
      OrderRepository orders,
      OrderLineRepository lines,
      OrderTransitionRepository transitions,
      ProductRepository products,
      MerchantRepository merchants,
      ProductService productService,
      EventPublisher events,
      Access access,
      ReadAudit readAudit,
      EntityManager em,
      MarketplaceConfig config,
      Clock clock) {
    this.orders = orders;
    this.lines = lines;
    this.transitions = transitions;
    this.products = products;
    this.merchants = merchants;
    this.productService = productService;
    this.events = events;
    this.access = access;
    this.readAudit = readAudit;
    this.em = em;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Places an order with one shop: every product active and the shop's, the stock of each reserved
   * by a conditional UPDATE ({@code stock >= qty}) in product-id order; any line short of stock
   * rolls the whole order back (409 {@value #OUT_OF_STOCK}).
   */
  @Transactional
  public OrderView place(PlaceOrder r) {
    String buyerRef = access.subjectRef();
    // quantities per product, lines in the order asked (reserved below in product-id order)
    Map<UUID, Integer> wanted = new LinkedHashMap<>();
    Map<UUID, Integer> firstLine = new LinkedHashMap<>();
    for (int i = 0; i < r.lines().size(); i++) {
      Line l = r.lines().get(i);
      wanted.merge(l.productId(), l.quantity(), Integer::sum);
      firstLine.putIfAbsent(l.productId(), i);
    }
    UUID merchantId = null;
    List<Product> found = new ArrayList<>();
    for (Map.Entry<UUID, Integer> w : wanted.entrySet()) {
      String field = "lines[" + firstLine.get(w.getKey()) + "].productId";
      Product p =
          products
              .findByIdOptional(w.getKey())
              .orElseThrow(
                  () -> new DomainRuleViolation("product-unknown", "No such product.", field));
      if (p.status != Product.Status.ACTIVE) {
        throw new DomainRuleViolation("product-inactive", "This product is not for sale.", field);
      }
      if (merchantId != null && !merchantId.equals(p.merchantId)) {
        throw new DomainRuleViolation(
            "order-one-merchant", "An order is placed with one shop only.", field);
      }
      merchantId = p.merchantId;
      found.add(p);
    }
    Merchant shop = merchants.require(merchantId);
    if (!shop.sells()) {
      throw new DomainRuleViolation(
          "merchant-not-verified", "This shop is not verified: it does not sell.", "lines");
    }
    UUID id = UUID.randomUUID();
    List<OrderLine> snapshot = new ArrayList<>();
    int lineNo = 1;
    for (Product p : found) {
      snapshot.add(
          OrderLine.snapshot(id, lineNo++, p, wanted.get(p.id), productService.pbjt(p.category)));
    }
    long total = snapshot.stream().mapToLong(l -> l.amount).sum();
    if (total > config.qris().maxAmount()) {
      throw new DomainRuleViolation(
          "order-above-qris-limit",
          "A QRIS payment is at most " + config.qris().maxAmount() + " rupiah.",
          "lines");
    }
    List<Product> inIdOrder = new ArrayList<>(found);
    inIdOrder.sort(java.util.Comparator.comparing((Product p) -> p.id));
    for (Product p : inIdOrder) {
      int qty = wanted.get(p.id);
      int reserved =
          em.createNativeQuery(
                  "UPDATE product SET stock = stock - ?2"
                      + " WHERE id = ?1 AND status = 'ACTIVE' AND stock >= ?2")
              .setParameter(1, p.id)
              .setParameter(2, qty)
              .executeUpdate();
      if (reserved == 0) {
        throw new ProblemException(
            409,
            OUT_OF_STOCK,
            "Insufficient stock",
            "Not enough of " + p.name + " is in stock for this order.",
            List.of(
                new FieldError(
                    "lines[" + firstLine.get(p.id) + "].quantity", "more than in stock")));
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Order.Placed placed =
        Order.place(
            id,
            shop,
            buyerRef,
            access.actor(),
            snapshot,
            "MP-" + VerificationCodes.next(),
            this::qrisPayload,
            now,
            now.plus(config.qris().expiry()));
    orders.persist(placed.order());
    orders.flush();
    snapshot.forEach(lines::persist);
    placed.history().forEach(transitions::persist);
    for (OrderLine l : snapshot) {
      productService.recordStockMove(l.productId, -l.quantity, "ORDER", null, id, access.actor());
    }
    events.publish(placed.event());
    return view(placed.order(), shop);
  }

  /** The dynamic QRIS payload of a shop's bill (domain.md §5). */
  String qrisPayload(Merchant shop, long amount, String billNumber) {
    String city =
        OkiKecamatan.name(shop.kecamatanCode)
            .map(n -> n.toUpperCase(Locale.ROOT))
            .orElse(config.qris().city());
    return new QrisPayload(
            true,
            shop.qrisNmid,
            shop.msmeClass.qrisCriteria(),
            shop.mcc,
            amount,
            shop.businessName,
            city,
            shop.postalCode,
            billNumber)
        .encode();
  }

  /** An order: its buyer, its shop's owner, the admins; anyone else 404. Read-audited. */
  @Transactional
  public OrderView get(UUID id) {
    Order o = orders.require(id);
    Merchant shop = merchants.require(o.merchantId);
    requireParty(o, shop);
    readAudit.record("order", id.toString(), o.buyerRef, AUDIT_PURPOSE);
    return view(o, shop);
  }

  /** The order's QRIS code (the buyer's, or the shop's to show at the counter). */
  @Transactional
  public QrisView qris(UUID id) {
    Order o = orders.require(id);
    Merchant shop = merchants.require(o.merchantId);
    requireParty(o, shop);
    return new QrisView(o.id, o.qrisPayload, o.total, o.paymentCode, o.expiresAt, o.status.name());
  }

  /** The caller's own orders, newest first. */
  @Transactional
  public Page<OrderSummary> mine(OrderStatus status, PageRequest paging) {
    String ref = access.subjectRef();
    Parameters p = Parameters.with("ref", ref);
    String q = "buyerRef = :ref";
    if (status != null) {
      q += " and status = :status";
      p.and("status", status);
    }
    return Pages.of(
        orders.find(q, Sort.by("placedAt").descending().and("id"), p), paging, OrderSummary::of);
  }

  /** A shop's orders (its owner, the admins), newest first. */
  @Transactional
  public Page<OrderSummary> ofMerchant(UUID merchantId, OrderStatus status, PageRequest paging) {
    Merchant shop = merchants.require(merchantId);
    if (!access.owns(shop) && !access.readsAll()) {
      throw new ForbiddenProblem("This shop belongs to someone else.");
    }
    Parameters p = Parameters.with("m", merchantId);
    String q = "merchantId = :m";
    if (status != null) {
      q += " and status = :status";
      p.and("status", status);
    }
    return Pages.of(
        orders.find(q, Sort.by("placedAt").descending().and("id"), p), paging, OrderSummary::of);
  }

  /** A step by the buyer, the shop or an admin (If-Match); a cancellation releases the stock. */
  @Transactional
  public OrderView transition(UUID id, String ifMatch, Transition t) {
    Order o = orders.require(id);
    Merchant shop = merchants.require(o.merchantId);
    List<Actor> roles = new ArrayList<>();
    if (access.actor().equals(o.buyerSubject)) {
      roles.add(Actor.BUYER);
    }
    if (access.owns(shop)) {
      roles.add(Actor.MERCHANT);
    }
    if (access.isAdmin()) {
      roles.add(Actor.ADMIN);
    }
    if (roles.isEmpty()) {
      if (access.readsAll()) {
        throw new ForbiddenProblem("Only the buyer, the shop or the marketplace admin acts.");
      }
      throw new NotFoundProblem(OrderRepository.RESOURCE, id);
    }
    Preconditions.requireIfMatch(ifMatch, o.version);
    Actor actor =
        roles.stream()
            .filter(a -> o.status.allowed(t.status(), a))
            .findFirst()
            .orElse(roles.get(0));
    apply(
        o,
        shop,
        o.move(t.status(), actor, access.actor(), t.reason(), OffsetDateTime.now(clock), shop));
    orders.flush();
    return view(o, shop);
  }

  /** Records a step's history and event, and releases the stock of a cancelled order. */
  void apply(Order o, Merchant shop, Order.Moved moved) {
    transitions.persist(moved.transition());
    events.publish(moved.event());
    if (o.releasesStock()) {
      for (OrderLine l : lines.of(o.id)) {
        em.createNativeQuery("UPDATE product SET stock = stock + ?2 WHERE id = ?1")
            .setParameter(1, l.productId)
            .setParameter(2, l.quantity)
            .executeUpdate();
        productService.recordStockMove(
            l.productId, l.quantity, "ORDER_CANCELLED", null, o.id, moved.transition().actor);
      }
      o.stockReleased = true;
    }
  }

  /**
   * Cancels unpaid orders whose QRIS code has expired and releases their stock; safe with several
   * replicas (rows claimed with SKIP LOCKED).
   *
   * @return how many were cancelled
   */
  @Transactional
  public int cancelExpired(int limit) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "SELECT id FROM customer_order WHERE status = 'AWAITING_PAYMENT' AND expires_at < ?1"
                    + " ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    for (UUID id : ids) {
      Order o = orders.require(id);
      Merchant shop = merchants.require(o.merchantId);
      apply(
          o,
          shop,
          o.move(
              OrderStatus.CANCELLED,
              Actor.SYSTEM,
              "marketplace-service",
              "QRIS code expired",
              now,
              shop));
    }
    return ids.size();
  }

  private void requireParty(Order o, Merchant shop) {
    if (!access.actor().equals(o.buyerSubject) && !access.owns(shop) && !access.readsAll()) {
      throw new NotFoundProblem(OrderRepository.RESOURCE, o.id);
    }
  }

  OrderView view(Order o, Merchant shop) {
    List<OrderTransition> history = transitions.list("orderId = ?1 order by id", o.id);
    return OrderView.of(o, shop.businessName, lines.of(o.id), history);
  }
}

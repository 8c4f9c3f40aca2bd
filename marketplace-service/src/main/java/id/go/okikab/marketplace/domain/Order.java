package id.go.okikab.marketplace.domain;

import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.marketplace.OrderCancelled;
import id.go.okikab.contracts.marketplace.OrderCompleted;
import id.go.okikab.contracts.marketplace.OrderPaid;
import id.go.okikab.contracts.marketplace.OrderPlaced;
import id.go.okikab.contracts.marketplace.OrderRefunded;
import id.go.okikab.contracts.marketplace.OrderShipped;
import id.go.okikab.marketplace.domain.OrderStatus.Actor;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order with one shop (the aggregate root): lines snapshotted when placed, the QRIS code that
 * awaits payment until {@link #expiresAt}, then the state machine of {@link OrderStatus}. Every
 * move records an {@link OrderTransition} (actor, time, reason) and returns the event it causes.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order {

  @Id public UUID id;

  @Column(name = "merchant_id")
  public UUID merchantId;

  @Column(name = "buyer_ref")
  public String buyerRef;

  @Column(name = "buyer_subject")
  public String buyerSubject;

  @Enumerated(EnumType.STRING)
  public OrderStatus status;

  public long total;

  @Column(name = "pbjt_base")
  public long pbjtBase;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  /** The QRIS bill number (tag 62.01) and the payment-inquiry reference. */
  @Column(name = "payment_code")
  public String paymentCode;

  @Column(name = "qris_payload")
  public String qrisPayload;

  @Column(name = "expires_at")
  public OffsetDateTime expiresAt;

  @Column(name = "placed_at")
  public OffsetDateTime placedAt;

  @Column(name = "paid_at")
  public OffsetDateTime paidAt;

  @Column(name = "payment_reference")
  public String paymentReference;

  @Column(name = "paid_amount")
  public Long paidAmount;

  @Column(name = "delivered_at")
  public OffsetDateTime deliveredAt;

  @Column(name = "completed_at")
  public OffsetDateTime completedAt;

  @Column(name = "refunded_amount")
  public long refundedAmount;

  @Column(name = "stock_released")
  public boolean stockReleased;

  @Version public long version;

  /** The order just placed: its history's first two steps and {@code OrderPlaced}. */
  public record Placed(Order order, List<OrderTransition> history, OrderPlaced event) {}

  /** A step taken: its history row and the event it caused (or null). */
  public record Moved(OrderTransition transition, DomainEvent event) {}

  /**
   * Places an order with a verified shop: PLACED, then AWAITING_PAYMENT with its QRIS code.
   *
   * @throws DomainRuleViolation {@code merchant-not-verified}, {@code order-lines-required}
   */
  public static Placed place(
      UUID id,
      Merchant shop,
      String buyerRef,
      String buyerSubject,
      List<OrderLine> lines,
      String paymentCode,
      QrisFactory qris,
      OffsetDateTime at,
      OffsetDateTime expiresAt) {
    if (!shop.sells()) {
      throw new DomainRuleViolation(
          "merchant-not-verified", "This shop is not verified: it does not sell.", "lines");
    }
    if (lines.isEmpty()) {
      throw new DomainRuleViolation(
          "order-lines-required", "An order has at least one line.", "lines");
    }
    Order o = new Order();
    o.id = id;
    o.merchantId = shop.id;
    o.buyerRef = buyerRef;
    o.buyerSubject = buyerSubject;
    o.total = lines.stream().mapToLong(l -> l.amount).reduce(0L, Math::addExact);
    o.pbjtBase = lines.stream().filter(l -> l.pbjt).mapToLong(l -> l.amount).sum();
    o.desaCode = shop.desaCode;
    o.kecamatanCode = shop.kecamatanCode;
    o.paymentCode = paymentCode;
    o.qrisPayload = qris.dynamic(shop, o.total, paymentCode);
    o.placedAt = at;
    o.expiresAt = expiresAt;
    o.status = OrderStatus.AWAITING_PAYMENT;
    List<OrderTransition> history =
        List.of(
            OrderTransition.of(id, null, OrderStatus.PLACED, Actor.BUYER, buyerSubject, null, at),
            OrderTransition.of(
                id,
                OrderStatus.PLACED,
                OrderStatus.AWAITING_PAYMENT,
                Actor.SYSTEM,
                "marketplace-service",
                "QRIS code issued",
                at));
    return new Placed(
        o,
        history,
        new OrderPlaced(
            id.toString(), shop.id.toString(), buyerRef, o.total, lines.size(), shop.desaCode, at));
  }

  /** Builds the dynamic QRIS payload of an order (domain.qris). */
  @FunctionalInterface
  public interface QrisFactory {
    String dynamic(Merchant shop, long amount, String billNumber);
  }

  /**
   * Takes one step of the state machine.
   *
   * @param shop the order's shop (for the events' NIB and owner)
   * @throws DomainRuleViolation {@code order-transition-illegal} when the step does not follow,
   *     {@code order-transition-not-yours} when the actor may not take it, {@code reason-required}
   *     for a cancellation, refund rejection or dispute without a reason, {@code
   *     return-window-closed} for a refund request after it
   */
  public Moved move(
      OrderStatus to,
      Actor actor,
      String actorId,
      String reason,
      OffsetDateTime at,
      Merchant shop) {
    OrderStatus from = status;
    if (!from.canMoveTo(to) || (from == OrderStatus.CANCELLED && paidAmount == null)) {
      throw new DomainRuleViolation(
          "order-transition-illegal", "An order " + from + " cannot become " + to + ".", "status");
    }
    if (!from.allowed(to, actor)) {
      throw new DomainRuleViolation(
          "order-transition-not-yours",
          "The "
              + actor.name().toLowerCase()
              + " does not move an order from "
              + from
              + " to "
              + to
              + ".",
          "status");
    }
    boolean needsReason =
        to == OrderStatus.CANCELLED
            || to == OrderStatus.REFUND_REJECTED
            || to == OrderStatus.REFUND_REQUESTED
            || to == OrderStatus.DISPUTED;
    if (needsReason && (reason == null || reason.isBlank())) {
      throw new DomainRuleViolation(
          "reason-required", "Say why the order becomes " + to + ".", "reason");
    }
    if (to == OrderStatus.REFUND_REQUESTED
        && actor == Actor.BUYER
        && deliveredAt != null
        && at.isAfter(deliveredAt.plusDays(shop.returnWindowDays))) {
      throw new DomainRuleViolation(
          "return-window-closed",
          "The shop's return window of "
              + shop.returnWindowDays
              + " days after delivery has closed.",
          "status");
    }
    status = to;
    DomainEvent event =
        switch (to) {
          case PAID -> {
            paidAt = at;
            yield new OrderPaid(
                id.toString(),
                merchantId.toString(),
                shop.ownerRef,
                buyerRef,
                paidAmount,
                desaCode,
                at);
          }
          case SHIPPED, READY_FOR_PICKUP ->
              new OrderShipped(id.toString(), merchantId.toString(), buyerRef, to.name(), at);
          case DELIVERED -> {
            deliveredAt = at;
            yield null;
          }
          case COMPLETED -> {
            completedAt = at;
            long net = total - refundedAmount;
            long base = refundedAmount == 0 ? pbjtBase : Math.max(0, pbjtBase - refundedAmount);
            yield new OrderCompleted(
                id.toString(),
                merchantId.toString(),
                shop.nib,
                buyerRef,
                net,
                base,
                base > 0 ? "FOOD_BEVERAGE" : "OTHER",
                desaCode,
                at);
          }
          case CANCELLED ->
              new OrderCancelled(
                  id.toString(),
                  merchantId.toString(),
                  buyerRef,
                  actor == Actor.SYSTEM ? "PAYMENT_EXPIRED" : actor.name(),
                  from.isPaid(),
                  at);
          case REFUNDED ->
              new OrderRefunded(id.toString(), merchantId.toString(), buyerRef, refundedAmount, at);
          default -> null;
        };
    return new Moved(OrderTransition.of(id, from, to, actor, actorId, reason, at), event);
  }

  /**
   * Records the acquirer's payment and moves the order to PAID.
   *
   * @throws DomainRuleViolation {@code payment-amount-mismatch}, {@code order-payment-expired}, or
   *     a transition rule
   */
  public Moved pay(
      long amount, String reference, OffsetDateTime paidAtBank, String provider, Merchant shop) {
    if (amount != total) {
      throw new DomainRuleViolation(
          "payment-amount-mismatch",
          "A dynamic QRIS is paid in full: the order's total is " + total + ".",
          "amount");
    }
    if (status == OrderStatus.AWAITING_PAYMENT && paidAtBank.isAfter(expiresAt)) {
      throw new DomainRuleViolation(
          "order-payment-expired", "The order's QRIS code had expired.", "paidAt");
    }
    paidAmount = amount;
    paymentReference = reference;
    Moved moved =
        move(OrderStatus.PAID, Actor.ACQUIRER, provider, "QRIS " + reference, paidAtBank, shop);
    return moved;
  }

  /**
   * Records the acquirer's refund of the paid amount and moves the order to REFUNDED.
   *
   * @throws DomainRuleViolation {@code refund-amount-invalid}, or a transition rule
   */
  public Moved refund(
      long amount, String reference, OffsetDateTime at, String provider, Merchant shop) {
    if (paidAmount == null || amount != paidAmount - refundedAmount) {
      throw new DomainRuleViolation(
          "refund-amount-invalid",
          "A refund returns what is left of the paid amount ("
              + (paidAmount == null ? 0 : paidAmount - refundedAmount)
              + ").",
          "amount");
    }
    OrderStatus before = status;
    refundedAmount += amount;
    try {
      return move(OrderStatus.REFUNDED, Actor.ACQUIRER, provider, "refund " + reference, at, shop);
    } catch (RuntimeException e) {
      refundedAmount -= amount;
      status = before;
      throw e;
    }
  }

  /**
   * Whether the order's reserved stock goes back now: once, on a cancellation (goods refunded after
   * delivery are not restocked by themselves; the shop adjusts its stock).
   */
  public boolean releasesStock() {
    return !stockReleased && status == OrderStatus.CANCELLED;
  }
}

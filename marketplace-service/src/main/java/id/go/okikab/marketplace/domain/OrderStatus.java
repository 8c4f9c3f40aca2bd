package id.go.okikab.marketplace.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order state machine of domain.md §5: {@code PLACED → AWAITING_PAYMENT → PAID →
 * ACCEPTED_BY_MERCHANT → SHIPPED | READY_FOR_PICKUP → DELIVERED → COMPLETED}; {@code CANCELLED}
 * (before PAID no money moves; after PAID a refund follows), {@code REFUND_REQUESTED → REFUNDED |
 * REFUND_REJECTED}, {@code DISPUTED}. Who may take each step is {@link #allowed(OrderStatus,
 * Actor)}.
 */
public enum OrderStatus {
  PLACED,
  AWAITING_PAYMENT,
  PAID,
  ACCEPTED_BY_MERCHANT,
  SHIPPED,
  READY_FOR_PICKUP,
  DELIVERED,
  COMPLETED,
  CANCELLED,
  REFUND_REQUESTED,
  REFUNDED,
  REFUND_REJECTED,
  DISPUTED;

  /** Who takes a step. */
  public enum Actor {
    BUYER,
    MERCHANT,
    /** the acquirer's server-side notification (payment, refund) */
    ACQUIRER,
    /** the service itself (the payment expiry sweep) */
    SYSTEM,
    /** the marketplace admin (Dinas Koperasi dan UMKM) settling a dispute */
    ADMIN
  }

  private record Step(OrderStatus to, Set<Actor> by) {}

  private static final Map<OrderStatus, Set<Step>> STEPS =
      Map.ofEntries(
          Map.entry(
              PLACED,
              Set.of(
                  new Step(AWAITING_PAYMENT, EnumSet.of(Actor.SYSTEM)),
                  new Step(CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT, Actor.SYSTEM)))),
          Map.entry(
              AWAITING_PAYMENT,
              Set.of(
                  new Step(PAID, EnumSet.of(Actor.ACQUIRER)),
                  new Step(CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT, Actor.SYSTEM)))),
          Map.entry(
              PAID,
              Set.of(
                  new Step(ACCEPTED_BY_MERCHANT, EnumSet.of(Actor.MERCHANT)),
                  new Step(CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT)))),
          Map.entry(
              ACCEPTED_BY_MERCHANT,
              Set.of(
                  new Step(SHIPPED, EnumSet.of(Actor.MERCHANT)),
                  new Step(READY_FOR_PICKUP, EnumSet.of(Actor.MERCHANT)),
                  new Step(CANCELLED, EnumSet.of(Actor.MERCHANT)))),
          Map.entry(SHIPPED, Set.of(new Step(DELIVERED, EnumSet.of(Actor.BUYER, Actor.MERCHANT)))),
          Map.entry(
              READY_FOR_PICKUP,
              Set.of(new Step(DELIVERED, EnumSet.of(Actor.BUYER, Actor.MERCHANT)))),
          Map.entry(
              DELIVERED,
              Set.of(
                  new Step(COMPLETED, EnumSet.of(Actor.BUYER, Actor.SYSTEM)),
                  new Step(REFUND_REQUESTED, EnumSet.of(Actor.BUYER)))),
          Map.entry(
              REFUND_REQUESTED,
              Set.of(
                  new Step(REFUNDED, EnumSet.of(Actor.ACQUIRER)),
                  new Step(REFUND_REJECTED, EnumSet.of(Actor.MERCHANT)))),
          Map.entry(
              REFUND_REJECTED,
              Set.of(
                  new Step(COMPLETED, EnumSet.of(Actor.BUYER, Actor.SYSTEM)),
                  new Step(DISPUTED, EnumSet.of(Actor.BUYER)))),
          Map.entry(
              DISPUTED,
              Set.of(
                  new Step(REFUND_REQUESTED, EnumSet.of(Actor.ADMIN)),
                  new Step(COMPLETED, EnumSet.of(Actor.ADMIN)))),
          // a paid order that was cancelled waits for its refund
          Map.entry(CANCELLED, Set.of(new Step(REFUNDED, EnumSet.of(Actor.ACQUIRER)))),
          Map.entry(COMPLETED, Set.of()),
          Map.entry(REFUNDED, Set.of()));

  /** Whether {@code to} follows this state at all. */
  public boolean canMoveTo(OrderStatus to) {
    return STEPS.get(this).stream().anyMatch(s -> s.to() == to);
  }

  /** Whether {@code actor} may move an order from this state to {@code to}. */
  public boolean allowed(OrderStatus to, Actor actor) {
    return STEPS.get(this).stream().anyMatch(s -> s.to() == to && s.by().contains(actor));
  }

  /** The states that may follow this one. */
  public Set<OrderStatus> next() {
    Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
    STEPS.get(this).forEach(s -> next.add(s.to()));
    return next;
  }

  /** Whether money was taken (a cancellation then needs a refund). */
  public boolean isPaid() {
    return this != PLACED && this != AWAITING_PAYMENT && this != CANCELLED;
  }

  /** Whether nothing follows. */
  public boolean isTerminal() {
    return STEPS.get(this).isEmpty();
  }
}

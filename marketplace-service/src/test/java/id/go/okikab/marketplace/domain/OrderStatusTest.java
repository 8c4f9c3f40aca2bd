package id.go.okikab.marketplace.domain;

import static id.go.okikab.marketplace.domain.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.marketplace.domain.OrderStatus.Actor;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order state machine of domain.md §5: every legal step, and every other one refused. */
class OrderStatusTest {

  /** The legal steps and who takes them (the whole table, written out independently). */
  static final Map<OrderStatus, Map<OrderStatus, Set<Actor>>> LEGAL =
      Map.ofEntries(
          Map.entry(
              PLACED,
              Map.of(
                  AWAITING_PAYMENT, EnumSet.of(Actor.SYSTEM),
                  CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT, Actor.SYSTEM))),
          Map.entry(
              AWAITING_PAYMENT,
              Map.of(
                  PAID, EnumSet.of(Actor.ACQUIRER),
                  CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT, Actor.SYSTEM))),
          Map.entry(
              OrderStatus.PAID,
              Map.of(
                  ACCEPTED_BY_MERCHANT, EnumSet.of(Actor.MERCHANT),
                  CANCELLED, EnumSet.of(Actor.BUYER, Actor.MERCHANT))),
          Map.entry(
              ACCEPTED_BY_MERCHANT,
              Map.of(
                  SHIPPED, EnumSet.of(Actor.MERCHANT),
                  READY_FOR_PICKUP, EnumSet.of(Actor.MERCHANT),
                  CANCELLED, EnumSet.of(Actor.MERCHANT))),
          Map.entry(SHIPPED, Map.of(DELIVERED, EnumSet.of(Actor.BUYER, Actor.MERCHANT))),
          Map.entry(READY_FOR_PICKUP, Map.of(DELIVERED, EnumSet.of(Actor.BUYER, Actor.MERCHANT))),
          Map.entry(
              DELIVERED,
              Map.of(
                  COMPLETED, EnumSet.of(Actor.BUYER, Actor.SYSTEM),
                  REFUND_REQUESTED, EnumSet.of(Actor.BUYER))),
          Map.entry(
              REFUND_REQUESTED,
              Map.of(
                  REFUNDED, EnumSet.of(Actor.ACQUIRER),
                  REFUND_REJECTED, EnumSet.of(Actor.MERCHANT))),
          Map.entry(
              REFUND_REJECTED,
              Map.of(
                  COMPLETED, EnumSet.of(Actor.BUYER, Actor.SYSTEM),
                  DISPUTED, EnumSet.of(Actor.BUYER))),
          Map.entry(
              DISPUTED,
              Map.of(
                  REFUND_REQUESTED, EnumSet.of(Actor.ADMIN), COMPLETED, EnumSet.of(Actor.ADMIN))),
          Map.entry(CANCELLED, Map.of(REFUNDED, EnumSet.of(Actor.ACQUIRER))),
          Map.entry(COMPLETED, Map.of()),
          Map.entry(REFUNDED, Map.of()));

  @Test
  void everyPairOfStatesAndEveryActor() {
    int legal = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        Set<Actor> by = LEGAL.get(from).getOrDefault(to, Set.of());
        assertThat(from.canMoveTo(to)).as(from + "→" + to).isEqualTo(!by.isEmpty());
        for (Actor a : Actor.values()) {
          assertThat(from.allowed(to, a))
              .as(from + "→" + to + " by " + a)
              .isEqualTo(by.contains(a));
          if (by.contains(a)) {
            legal++;
          }
        }
      }
    }
    assertThat(legal).isEqualTo(29);
  }

  @Test
  void paidAndTerminalStates() {
    assertThat(PLACED.isPaid()).isFalse();
    assertThat(AWAITING_PAYMENT.isPaid()).isFalse();
    assertThat(OrderStatus.PAID.isPaid()).isTrue();
    assertThat(DELIVERED.isPaid()).isTrue();
    assertThat(COMPLETED.isTerminal()).isTrue();
    assertThat(REFUNDED.isTerminal()).isTrue();
    assertThat(DELIVERED.isTerminal()).isFalse();
    assertThat(SHIPPED.next()).containsExactly(DELIVERED);
  }
}

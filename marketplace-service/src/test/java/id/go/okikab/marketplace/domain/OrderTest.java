package id.go.okikab.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.marketplace.OrderCancelled;
import id.go.okikab.contracts.marketplace.OrderCompleted;
import id.go.okikab.contracts.marketplace.OrderPaid;
import id.go.okikab.marketplace.domain.OrderStatus.Actor;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The order aggregate: snapshot, payment, completion with its PBJT base, refunds, cancellations.
 */
class OrderTest {

  static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneOffset.ofHours(7));
  static final String REF = "a".repeat(64);

  static Merchant shop() {
    Merchant m =
        Merchant.open(
                UUID.randomUUID(),
                new Merchant.Opening(
                    "b".repeat(64),
                    "owner-sub",
                    "Warung Pindang",
                    "1234567890123",
                    List.of("56101"),
                    100_000_000L,
                    null,
                    MsmeClass.MIKRO,
                    "1602052011",
                    null,
                    "30611",
                    "ID1024000000001",
                    "Retur 2 hari",
                    2),
                T0)
            .merchant();
    m.verify("ADMIN", null, T0);
    return m;
  }

  static Product product(Merchant shop, String name, long price, String category) {
    return Product.list(
            UUID.randomUUID(),
            shop,
            new Product.Details(name, "", category, "porsi", null, null, null, null),
            price,
            10,
            T0)
        .product();
  }

  static Order placed(Merchant shop) {
    UUID id = UUID.randomUUID();
    var lines =
        List.of(
            OrderLine.snapshot(
                id, 1, product(shop, "Pindang", 40_000, "MAKANAN_SIAP_SAJI"), 2, true),
            OrderLine.snapshot(
                id, 2, product(shop, "Kerupuk", 15_000, "MAKANAN_KEMASAN"), 1, false));
    return Order.place(
            id,
            shop,
            REF,
            "buyer-sub",
            lines,
            "MP-X",
            (s, a, b) -> "QR" + a,
            T0,
            T0.plusMinutes(30))
        .order();
  }

  @Test
  void placementSnapshotsTotalsAndAwaitsPayment() {
    Order o = placed(shop());
    assertThat(o.total).isEqualTo(95_000);
    assertThat(o.pbjtBase).isEqualTo(80_000);
    assertThat(o.status).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(o.qrisPayload).isEqualTo("QR95000");
  }

  @Test
  void paymentMustBeTheTotalAndBeforeTheExpiry() {
    Merchant shop = shop();
    Order o = placed(shop);
    assertThatThrownBy(() -> o.pay(90_000, "R1", T0.plusMinutes(1), "bank", shop))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("95000");
    assertThatThrownBy(() -> o.pay(95_000, "R1", T0.plusMinutes(31), "bank", shop))
        .isInstanceOf(DomainRuleViolation.class);
    var moved = o.pay(95_000, "R1", T0.plusMinutes(5), "bank", shop);
    assertThat(moved.event()).isInstanceOf(OrderPaid.class);
    assertThat(((OrderPaid) moved.event()).merchantOwnerRef()).isEqualTo("b".repeat(64));
    assertThat(moved.transition().actorType).isEqualTo(Actor.ACQUIRER);
  }

  @Test
  void completionCarriesTheNetAmountAndPbjtBase() {
    Merchant shop = shop();
    Order o = placed(shop);
    o.pay(95_000, "R1", T0.plusMinutes(5), "bank", shop);
    o.move(OrderStatus.ACCEPTED_BY_MERCHANT, Actor.MERCHANT, "m", null, T0.plusMinutes(6), shop);
    o.move(OrderStatus.READY_FOR_PICKUP, Actor.MERCHANT, "m", null, T0.plusMinutes(20), shop);
    o.move(OrderStatus.DELIVERED, Actor.BUYER, "b", null, T0.plusMinutes(40), shop);
    var done = o.move(OrderStatus.COMPLETED, Actor.BUYER, "b", null, T0.plusMinutes(41), shop);
    OrderCompleted e = (OrderCompleted) done.event();
    assertThat(e.netAmount()).isEqualTo(95_000);
    assertThat(e.pbjtBase()).isEqualTo(80_000);
    assertThat(e.category()).isEqualTo("FOOD_BEVERAGE");
    assertThat(e.merchantNib()).isEqualTo("1234567890123");
  }

  @Test
  void aRefundRequestNeedsAReasonAndTheReturnWindow() {
    Merchant shop = shop();
    Order o = placed(shop);
    o.pay(95_000, "R1", T0.plusMinutes(5), "bank", shop);
    o.move(OrderStatus.ACCEPTED_BY_MERCHANT, Actor.MERCHANT, "m", null, T0, shop);
    o.move(OrderStatus.SHIPPED, Actor.MERCHANT, "m", null, T0, shop);
    o.move(OrderStatus.DELIVERED, Actor.MERCHANT, "m", null, T0, shop);
    assertThatThrownBy(() -> o.move(OrderStatus.REFUND_REQUESTED, Actor.BUYER, "b", " ", T0, shop))
        .hasMessageContaining("REFUND_REQUESTED");
    assertThatThrownBy(
            () ->
                o.move(
                    OrderStatus.REFUND_REQUESTED, Actor.BUYER, "b", "rusak", T0.plusDays(3), shop))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("return window");
    o.move(OrderStatus.REFUND_REQUESTED, Actor.BUYER, "b", "rusak", T0.plusDays(1), shop);
    assertThatThrownBy(() -> o.refund(50_000, "RF", T0.plusDays(2), "bank", shop))
        .isInstanceOf(DomainRuleViolation.class);
    o.refund(95_000, "RF", T0.plusDays(2), "bank", shop);
    assertThat(o.status).isEqualTo(OrderStatus.REFUNDED);
    assertThat(o.refundedAmount).isEqualTo(95_000);
    assertThat(o.releasesStock()).isFalse();
  }

  @Test
  void cancellationsReleaseStockAndOnlyPaidOnesAreRefunded() {
    Merchant shop = shop();
    Order unpaid = placed(shop);
    var c =
        unpaid.move(
            OrderStatus.CANCELLED, Actor.SYSTEM, "svc", "QRIS code expired", T0.plusHours(1), shop);
    assertThat(((OrderCancelled) c.event()).reasonCode()).isEqualTo("PAYMENT_EXPIRED");
    assertThat(((OrderCancelled) c.event()).paid()).isFalse();
    assertThat(unpaid.releasesStock()).isTrue();
    assertThatThrownBy(() -> unpaid.refund(95_000, "RF", T0, "bank", shop))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(
            () -> unpaid.move(OrderStatus.REFUNDED, Actor.ACQUIRER, "bank", null, T0, shop))
        .hasMessageContaining("cannot become");
    Order paid = placed(shop);
    paid.pay(95_000, "R2", T0.plusMinutes(5), "bank", shop);
    var pc = paid.move(OrderStatus.CANCELLED, Actor.BUYER, "b", "batal", T0.plusMinutes(6), shop);
    assertThat(((OrderCancelled) pc.event()).paid()).isTrue();
    paid.refund(95_000, "RF2", T0.plusMinutes(30), "bank", shop);
    assertThat(paid.status).isEqualTo(OrderStatus.REFUNDED);
  }

  @Test
  void unverifiedShopsDoNotSell() {
    Merchant pending =
        Merchant.open(
                UUID.randomUUID(),
                new Merchant.Opening(
                    "b".repeat(64),
                    "o",
                    "W",
                    "1234567890123",
                    List.of("56101"),
                    1L,
                    null,
                    MsmeClass.MIKRO,
                    "1602052011",
                    null,
                    null,
                    null,
                    null,
                    2),
                T0)
            .merchant();
    assertThatThrownBy(
            () ->
                Product.list(
                    UUID.randomUUID(),
                    pending,
                    new Product.Details("x", "", "LAINNYA", "pcs", null, null, null, null),
                    1,
                    1,
                    T0))
        .hasMessageContaining("verified");
    assertThatThrownBy(() -> pending.verify("ADMIN", null, T0)).hasMessageContaining("return");
  }
}

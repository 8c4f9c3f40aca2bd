package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.marketplace.domain.qris.QrisPayload;
import id.go.okikab.marketplace.service.OrderService;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An order from placement to completion, payments from the acquirer, refunds, expiry. */
@QuarkusTest
class OrderFlowTest {

  @Inject ObjectMapper json;
  @Inject OrderService orders;
  @Inject DataSource dataSource;

  private JsonPath move(Person who, String id, long version, String status, String reason) {
    var body =
        reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason);
    return create(who.token())
        .header("If-Match", etag(version))
        .body(body)
        .post("/api/v1/orders/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body("status", equalTo(status))
        .extract()
        .jsonPath();
  }

  @Test
  void placedPaidAcceptedShippedDeliveredCompleted() throws Exception {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String nasi = product(owner, shop, "Nasi Pindang Patin", 35_000, 10, "MAKANAN_SIAP_SAJI");
    String kerupuk = product(owner, shop, "Kerupuk Ikan", 20_000, 10, "MAKANAN_KEMASAN");
    Person buyer = buyer();
    try (TopicProbe probe = TopicProbe.of("marketplace.order.v1")) {
      JsonPath placed =
          create(buyer.token())
              .body(
                  Map.of(
                      "lines",
                      List.of(
                          Map.of("productId", nasi, "quantity", 2),
                          Map.of("productId", kerupuk, "quantity", 1))))
              .post("/api/v1/orders")
              .then()
              .statusCode(201)
              .body("status", equalTo("AWAITING_PAYMENT"))
              .body("total", equalTo(90_000))
              .body("pbjtBase", equalTo(70_000))
              .body("history.to", contains("PLACED", "AWAITING_PAYMENT"))
              .extract()
              .jsonPath();
      String id = placed.getString("id");
      String code = placed.getString("paymentCode");
      // stock reserved
      as(owner.token()).get("/api/v1/products/" + nasi).then().body("stock", equalTo(8));
      // a later price change does not touch the placed order
      long pv =
          as(owner.token())
              .get("/api/v1/products/" + nasi)
              .then()
              .extract()
              .jsonPath()
              .getLong("version");
      as(owner.token())
          .header("If-Match", etag(pv))
          .body(
              Map.of(
                  "name",
                  "Nasi Pindang Patin",
                  "category",
                  "MAKANAN_SIAP_SAJI",
                  "price",
                  40_000,
                  "unit",
                  "porsi",
                  "status",
                  "ACTIVE"))
          .put("/api/v1/products/" + nasi)
          .then()
          .statusCode(200);
      // the QRIS code: dynamic, the total, the bill number, a valid CRC
      String payload =
          as(buyer.token())
              .get("/api/v1/orders/" + id + "/qris")
              .then()
              .statusCode(200)
              .extract()
              .path("payload");
      QrisPayload qris = QrisPayload.parse(payload);
      assertThat(qris.dynamic()).isTrue();
      assertThat(qris.amount()).isEqualTo(90_000L);
      assertThat(qris.billNumber()).isEqualTo(code);
      assertThat(qris.nmid()).isEqualTo("ID1024000000001");
      assertThat(qris.criteria()).isEqualTo("UMI");
      // the acquirer's inquiry and payment
      as(BANK)
          .get("/api/v1/order-payments/inquiries/" + code)
          .then()
          .statusCode(200)
          .body("amount", equalTo(90_000))
          .body("payable", equalTo(true));
      as(buyer.token()).get("/api/v1/order-payments/inquiries/" + code).then().statusCode(403);
      var paidAt = now();
      String ref = "QR" + UUID.randomUUID().toString().substring(0, 8);
      // a wrong amount is refused, nothing written
      as(BANK)
          .body(payment(code, 89_000, ref + "x", paidAt))
          .post("/api/v1/order-payments")
          .then()
          .statusCode(422)
          .body("type", endsWith("payment-amount-mismatch"));
      // the buyer cannot confirm a payment
      as(buyer.token())
          .body(payment(code, 90_000, ref, paidAt))
          .post("/api/v1/order-payments")
          .then()
          .statusCode(403);
      as(BANK)
          .body(payment(code, 90_000, ref, paidAt))
          .post("/api/v1/order-payments")
          .then()
          .statusCode(200)
          .body("status", equalTo("PAID"));
      // the same notification again: the same answer, no second event
      long version =
          as(BANK)
              .body(payment(code, 90_000, ref, paidAt))
              .post("/api/v1/order-payments")
              .then()
              .statusCode(200)
              .body("status", equalTo("PAID"))
              .extract()
              .jsonPath()
              .getLong("version");
      // the reference reused for another payment
      as(BANK)
          .body(payment(code, 90_000, ref, paidAt.plusSeconds(5)))
          .post("/api/v1/order-payments")
          .then()
          .statusCode(409);
      // the buyer cannot accept; the shop does
      create(buyer.token())
          .header("If-Match", etag(version))
          .body(Map.of("status", "ACCEPTED_BY_MERCHANT"))
          .post("/api/v1/orders/" + id + "/transitions")
          .then()
          .statusCode(422)
          .body("type", endsWith("order-transition-not-yours"));
      // a stranger does not see it
      create(buyer().token())
          .header("If-Match", etag(version))
          .body(Map.of("status", "CANCELLED", "reason", "x"))
          .post("/api/v1/orders/" + id + "/transitions")
          .then()
          .statusCode(404);
      as(buyer().token()).get("/api/v1/orders/" + id).then().statusCode(404);
      create(owner.token())
          .body(Map.of("status", "ACCEPTED_BY_MERCHANT"))
          .post("/api/v1/orders/" + id + "/transitions")
          .then()
          .statusCode(428);
      create(owner.token())
          .header("If-Match", etag(version + 7))
          .body(Map.of("status", "ACCEPTED_BY_MERCHANT"))
          .post("/api/v1/orders/" + id + "/transitions")
          .then()
          .statusCode(412);
      var o = move(owner, id, version, "ACCEPTED_BY_MERCHANT", null);
      // illegal: completed before delivery
      create(buyer.token())
          .header("If-Match", etag(o.getLong("version")))
          .body(Map.of("status", "COMPLETED"))
          .post("/api/v1/orders/" + id + "/transitions")
          .then()
          .statusCode(422)
          .body("type", endsWith("order-transition-illegal"));
      o = move(owner, id, o.getLong("version"), "SHIPPED", null);
      o = move(buyer, id, o.getLong("version"), "DELIVERED", null);
      o = move(buyer, id, o.getLong("version"), "COMPLETED", "pesanan sesuai");
      assertThat(o.getList("history.to"))
          .containsExactly(
              "PLACED",
              "AWAITING_PAYMENT",
              "PAID",
              "ACCEPTED_BY_MERCHANT",
              "SHIPPED",
              "DELIVERED",
              "COMPLETED");
      assertThat(o.getList("lines.unitPrice", Integer.class)).containsExactly(35_000, 20_000);
      assertThat(o.getString("history[6].actorType")).isEqualTo("BUYER");
      // the events, buyers by subjectRef only
      probe.await(r -> r.key().equals(id), 4, Duration.ofSeconds(30));
      // and no second OrderPaid for the repeated notification
      var events = probe.drain(r -> r.key().equals(id), Duration.ofSeconds(2));
      assertThat(events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList())
          .containsExactly(
              "id.go.okikab.marketplace.OrderPlaced.v1",
              "id.go.okikab.marketplace.OrderPaid.v1",
              "id.go.okikab.marketplace.OrderShipped.v1",
              "id.go.okikab.marketplace.OrderCompleted.v1")
          .hasSize(4);
    }
  }

  @Test
  void theCompletedEventCarriesThePbjtBase() throws Exception {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String nasi = product(owner, shop, "Nasi Minyak", 30_000, 5, "MAKANAN_SIAP_SAJI");
    Person buyer = buyer();
    try (TopicProbe probe = TopicProbe.of("marketplace.order.v1")) {
      var placed = order(buyer, nasi, 3);
      String id = placed.getString("id");
      long v =
          as(BANK)
              .body(
                  payment(
                      placed.getString("paymentCode"),
                      90_000,
                      "R" + UUID.randomUUID().toString().substring(0, 12),
                      now()))
              .post("/api/v1/order-payments")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
      var o = move(owner, id, v, "ACCEPTED_BY_MERCHANT", null);
      o = move(owner, id, o.getLong("version"), "READY_FOR_PICKUP", null);
      o = move(owner, id, o.getLong("version"), "DELIVERED", null);
      move(buyer, id, o.getLong("version"), "COMPLETED", null);
      var completed =
          probe
              .await(
                  r ->
                      r.key().equals(id)
                          && TopicProbe.header(r, "ce_type").endsWith("OrderCompleted.v1"),
                  1,
                  Duration.ofSeconds(30))
              .get(0);
      JsonNode e = json.readTree(completed.value());
      assertThat(e.get("netAmount").asLong()).isEqualTo(90_000);
      assertThat(e.get("pbjtBase").asLong()).isEqualTo(90_000);
      assertThat(e.get("category").asText()).isEqualTo("FOOD_BEVERAGE");
      assertThat(e.get("merchantNib").asText()).hasSize(13);
      assertThat(e.get("buyerRef").asText()).matches("[0-9a-f]{64}");
      assertThat(completed.value()).doesNotContain(buyer.nik()).doesNotContain(buyer.username());
    }
  }

  @Test
  void aRefundRequestedAfterDeliveryIsRefundedByTheAcquirer() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Tempoyak", 25_000, 5, "MAKANAN_KEMASAN");
    Person buyer = buyer();
    var placed = order(buyer, p, 2);
    String id = placed.getString("id");
    String code = placed.getString("paymentCode");
    long v =
        as(BANK)
            .body(payment(code, 50_000, "P" + UUID.randomUUID().toString().substring(0, 12), now()))
            .post("/api/v1/order-payments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    var o = move(owner, id, v, "ACCEPTED_BY_MERCHANT", null);
    o = move(owner, id, o.getLong("version"), "SHIPPED", null);
    o = move(owner, id, o.getLong("version"), "DELIVERED", null);
    // a refund request needs a reason
    create(buyer.token())
        .header("If-Match", etag(o.getLong("version")))
        .body(Map.of("status", "REFUND_REQUESTED"))
        .post("/api/v1/orders/" + id + "/transitions")
        .then()
        .statusCode(422)
        .body("type", endsWith("reason-required"));
    move(buyer, id, o.getLong("version"), "REFUND_REQUESTED", "barang basi");
    // a partial refund is refused; the full one recorded once
    String ref = "RF" + UUID.randomUUID().toString().substring(0, 10);
    var at = now();
    as(BANK)
        .body(payment(code, 10_000, ref + "a", at))
        .post("/api/v1/order-payments/refunds")
        .then()
        .statusCode(422)
        .body("type", endsWith("refund-amount-invalid"));
    as(BANK)
        .body(payment(code, 50_000, ref, at))
        .post("/api/v1/order-payments/refunds")
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUNDED"))
        .body("refundedAmount", equalTo(50_000));
    as(BANK)
        .body(payment(code, 50_000, ref, at))
        .post("/api/v1/order-payments/refunds")
        .then()
        .statusCode(200)
        .body("refundedAmount", equalTo(50_000));
    as(BANK)
        .body(payment("MP-NOSUCHCODE", 50_000, ref + "z", at))
        .post("/api/v1/order-payments/refunds")
        .then()
        .statusCode(404);
  }

  @Test
  void cancellingReleasesTheStockAndAnExpiredCodeCancelsTheOrder() throws Exception {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Kemplang Panggang", 10_000, 5, "MAKANAN_KEMASAN");
    Person buyer = buyer();
    var first = order(buyer, p, 2);
    as(owner.token()).get("/api/v1/products/" + p).then().body("stock", equalTo(3));
    move(buyer, first.getString("id"), first.getLong("version"), "CANCELLED", "salah pesan");
    as(owner.token()).get("/api/v1/products/" + p).then().body("stock", equalTo(5));
    // more than in stock: 409 naming the line, nothing reserved
    create(buyer.token())
        .body(Map.of("lines", List.of(Map.of("productId", p, "quantity", 6))))
        .post("/api/v1/orders")
        .then()
        .statusCode(409)
        .body("errors.field", hasItem("lines[0].quantity"));
    as(owner.token()).get("/api/v1/products/" + p).then().body("stock", equalTo(5));
    // an unpaid order past its QRIS expiry is cancelled by the sweep
    var second = order(buyer, p, 4);
    String id = second.getString("id");
    try (var c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "UPDATE customer_order SET expires_at = now() - interval '1 minute' WHERE id = ?")) {
      s.setObject(1, UUID.fromString(id));
      s.executeUpdate();
    }
    // paid after the expiry: refused
    as(BANK)
        .body(
            payment(
                second.getString("paymentCode"),
                40_000,
                "L" + UUID.randomUUID().toString().substring(0, 12),
                now()))
        .post("/api/v1/order-payments")
        .then()
        .statusCode(422)
        .body("type", endsWith("order-payment-expired"));
    assertThat(orders.cancelExpired(100)).isGreaterThanOrEqualTo(1);
    as(buyer.token())
        .get("/api/v1/orders/" + id)
        .then()
        .body("status", equalTo("CANCELLED"))
        .body("history[2].actorType", equalTo("SYSTEM"))
        .body("history[2].reason", equalTo("QRIS code expired"));
    as(owner.token()).get("/api/v1/products/" + p).then().body("stock", equalTo(5));
    as(buyer.token())
        .get("/api/v1/orders/mine")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(id, first.getString("id")));
  }

  @Test
  void badOrders() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Ikan Salai", 45_000, 5, "HASIL_PERIKANAN");
    Person other = merchant();
    String otherShop = verifiedShop(other);
    String q = product(other, otherShop, "Ikan Asin", 30_000, 5, "HASIL_PERIKANAN");
    Person buyer = buyer();
    create(buyer.token())
        .body(Map.of("lines", List.of()))
        .post("/api/v1/orders")
        .then()
        .statusCode(400);
    create(buyer.token())
        .body(Map.of("lines", List.of(Map.of("productId", p, "quantity", 0))))
        .post("/api/v1/orders")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].quantity"));
    create(buyer.token())
        .body(
            Map.of(
                "lines",
                List.of(
                    Map.of("productId", p, "quantity", 1), Map.of("productId", q, "quantity", 1))))
        .post("/api/v1/orders")
        .then()
        .statusCode(422)
        .body("type", endsWith("order-one-merchant"));
    create(buyer.token())
        .body(
            Map.of(
                "lines", List.of(Map.of("productId", UUID.randomUUID().toString(), "quantity", 1))))
        .post("/api/v1/orders")
        .then()
        .statusCode(422)
        .body("type", endsWith("product-unknown"));
    create(OFFICER)
        .body(Map.of("lines", List.of(Map.of("productId", p, "quantity", 1))))
        .post("/api/v1/orders")
        .then()
        .statusCode(403);
    as(OFFICER).get("/api/v1/orders/mine").then().statusCode(403);
    // above the QRIS cap
    String dear = product(owner, shop, "Perahu Kayu", 6_000_000, 5, "KERAJINAN");
    create(buyer.token())
        .body(Map.of("lines", List.of(Map.of("productId", dear, "quantity", 2))))
        .post("/api/v1/orders")
        .then()
        .statusCode(422)
        .body("type", endsWith("order-above-qris-limit"));
    as(owner.token()).get("/api/v1/products/" + dear).then().body("stock", equalTo(5));
  }
}

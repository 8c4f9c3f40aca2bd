package id.go.okikab.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.marketplace.MerchantSuspended;
import id.go.okikab.contracts.marketplace.MerchantVerified;
import id.go.okikab.contracts.marketplace.OrderCompleted;
import id.go.okikab.contracts.marketplace.OrderPaid;
import id.go.okikab.contracts.marketplace.OrderPlaced;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The marketplace's dashboard figures from real records on its topics (MarketplaceFigures). */
@QuarkusTest
class MarketplaceFiguresTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;

  /** Pangkalan Lampam; the month March 2025, which no other test uses. */
  private static final String KECAMATAN = "160219";

  private static final String DESA = KECAMATAN + "2001";
  private static final String MONTH = "2025-03";
  private static final OffsetDateTime IN_MONTH = OffsetDateTime.parse("2025-03-10T10:00:00+07:00");

  @Test
  void activeShopsOrdersAndGmvPerKecamatanAndMonth() {
    String shop = UUID.randomUUID().toString();
    String neverActive = UUID.randomUUID().toString();
    String nib = "1234567890123";
    String ref = "e".repeat(64);
    send(new MerchantVerified(shop, nib, ref, "PERMIT", "p-1", DESA, IN_MONTH));
    send(new MerchantSuspended(shop, nib, ref, "PERMIT_SUSPENDED", DESA, IN_MONTH.plusDays(1)));
    send(new MerchantVerified(shop, nib, ref, "ADMIN", null, DESA, IN_MONTH.plusDays(2)));
    // a shop suspended while pending was never active: no change
    send(new MerchantSuspended(neverActive, nib, ref, "OWNER_DECEASED", DESA, IN_MONTH));
    String o1 = UUID.randomUUID().toString();
    String o2 = UUID.randomUUID().toString();
    send(new OrderPlaced(o1, shop, ref, 50_000, 1, DESA, IN_MONTH));
    send(new OrderPlaced(o2, shop, ref, 25_000, 2, DESA, IN_MONTH));
    send(new OrderPaid(o1, shop, ref, ref, 50_000, DESA, IN_MONTH.plusMinutes(5)));
    send(new OrderPaid(o2, shop, ref, ref, 25_000, DESA, IN_MONTH.plusMinutes(6)));
    send(
        new OrderCompleted(
            o1, shop, nib, ref, 50_000, 50_000, "FOOD_BEVERAGE", DESA, IN_MONTH.plusHours(3)));
    String operator = TestTokens.user("kominfo1").roles("operator").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> total(dashboard(operator), "orders-completed") == 1);
    JsonPath d = dashboard(operator);
    assertThat(total(d, "merchants-verified")).isEqualTo(2);
    assertThat(total(d, "active-merchants-change")).isEqualTo(1);
    assertThat(total(d, "orders-placed")).isEqualTo(2);
    assertThat(total(d, "orders-paid")).isEqualTo(2);
    assertThat(total(d, "marketplace-gmv")).isEqualTo(75_000);
  }

  private static long total(JsonPath dashboard, String metric) {
    Object total = dashboard.get("metrics.'" + metric + "'.total");
    return total == null ? 0 : ((Number) total).longValue();
  }

  private static JsonPath dashboard(String token) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("kecamatan", KECAMATAN)
        .queryParam("from", MONTH)
        .queryParam("to", MONTH)
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void send(DomainEvent event) {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    try {
      kafka
          .produceStrings()
          .fromRecords(
              CloudEventRecords.of(
                  type.topic().name(),
                  type.ceType(),
                  event.aggregateId(),
                  json.writeValueAsString(event),
                  UUID.randomUUID(),
                  OffsetDateTime.now()))
          .awaitCompletion();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

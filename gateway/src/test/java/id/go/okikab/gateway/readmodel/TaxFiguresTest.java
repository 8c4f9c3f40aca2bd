package id.go.okikab.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.tax.BillIssued;
import id.go.okikab.contracts.tax.BillPaid;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Tax bills and payments (real records on tax.bill.v1) on the dashboard, per kecamatan. */
@QuarkusTest
class TaxFiguresTest {

  /** Pedamaran Timur: no other test sends tax events there. */
  private static final String KECAMATAN = "160224";

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;

  @Test
  void billsPaymentsAndRevenuePerKecamatanAndMonth() {
    String desa = KECAMATAN + "2001";
    OffsetDateTime issued = OffsetDateTime.of(2025, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    send(bill(a, 200_000, desa, issued));
    send(bill(b, 100_000, desa, issued));
    send(
        new BillPaid(
            a,
            "1125000000000017",
            "tp",
            null,
            null,
            "PBB_P2",
            UUID.randomUUID().toString(),
            200_000,
            0,
            0,
            true,
            "TELLER",
            desa,
            issued.plusDays(10)));
    send(
        new BillPaid(
            b,
            "1125000000000025",
            "tp",
            null,
            null,
            "PBB_P2",
            UUID.randomUUID().toString(),
            40_000,
            0,
            60_000,
            false,
            "QRIS",
            desa,
            issued.plusDays(10)));

    String operator = TestTokens.user("kominfo1").roles("operator").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> total(dashboard(operator), TaxFiguresNames.PAYMENTS) >= 2);
    JsonPath d = dashboard(operator);
    assertThat(total(d, "tax-bills-issued")).isEqualTo(2);
    assertThat(total(d, "tax-amount-billed")).isEqualTo(300_000);
    assertThat(total(d, "tax-revenue")).isEqualTo(240_000);
    assertThat(total(d, "tax-bills-settled")).isEqualTo(1);
    assertThat(d.getDouble("indicators.'tax-bills-settled-rate'.value")).isEqualTo(0.5);
    assertThat(d.getDouble("indicators.'tax-collection-rate'.value")).isEqualTo(0.8);
  }

  /** The metric names, as the dashboard shows them. */
  private static final class TaxFiguresNames {
    static final String PAYMENTS = "tax-payments";
  }

  private static BillIssued bill(String id, long amount, String desa, OffsetDateTime at) {
    return new BillIssued(
        id,
        "1125000000000033",
        "tp",
        null,
        null,
        "PBB_P2",
        "2025",
        amount,
        LocalDate.of(2025, 9, 30),
        desa,
        at);
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
        .queryParam("from", "2025-03")
        .queryParam("to", "2025-03")
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

package id.go.okikab.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.permits.PermitApplicationSubmitted;
import id.go.okikab.contracts.permits.PermitApproved;
import id.go.okikab.contracts.permits.PermitIssued;
import id.go.okikab.contracts.permits.PermitRejected;
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
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Permits on the dashboard from real records on permits.*.v1 (PermitsFigures). */
@QuarkusTest
class PermitsFiguresTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;

  private void send(DomainEvent event) throws Exception {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    kafka
        .produceStrings()
        .fromRecords(
            CloudEventRecords.of(
                type.topic().name(),
                type.ceType(),
                event.aggregateId(),
                json.writeValueAsString(event)))
        .awaitCompletion();
  }

  private static JsonPath dashboard(String kecamatan, String month) {
    var request =
        given()
            .auth()
            .oauth2(TestTokens.user("kominfo1").roles("operator").mint())
            .queryParam("from", month)
            .queryParam("to", month);
    if (kecamatan != null) {
      request.queryParam("kecamatan", kecamatan);
    }
    return request.get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
  }

  private static long total(JsonPath d, String metric) {
    Object total = d.get("metrics.'" + metric + "'.total");
    return total == null ? 0 : ((Number) total).longValue();
  }

  @Test
  void submissionsAndIssuesPerKecamatanAndTheShareDecidedWithinSla() throws Exception {
    // a month no other test uses; Tulung Selapan
    OffsetDateTime at = OffsetDateTime.parse("2031-03-10T10:00:00+07:00");
    String desa = "1602112001";
    String a1 = UUID.randomUUID().toString();
    String a2 = UUID.randomUUID().toString();
    send(
        new PermitApplicationSubmitted(
            a1, "PBG", "PERSON", "a".repeat(64), null, List.of(), "CONFORM", desa, at));
    send(
        new PermitApplicationSubmitted(
            a2, "REKLAME", "PERSON", "b".repeat(64), null, List.of(), "CONFORM", desa, at));
    send(new PermitApproved(a1, "PBG", "a".repeat(64), null, 12, true, at.plusDays(14)));
    send(new PermitRejected(a2, "REKLAME", "b".repeat(64), null, 7, false, at.plusDays(14)));
    send(
        new PermitIssued(
            UUID.randomUUID().toString(),
            a1,
            "IZN-PBG-2031-000001",
            "PBG",
            "a".repeat(64),
            null,
            List.of(),
            null,
            LocalDate.of(2031, 3, 28),
            null,
            desa,
            at.plusDays(18)));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonPath d = dashboard("160211", "2031-03");
              return total(d, "permit-applications-submitted") == 2
                  && total(d, "permits-issued") == 1;
            });
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                dashboard(null, "2031-03")
                        .getLong("indicators.'permit-decided-within-sla'.denominator")
                    == 2);
    JsonPath regency = dashboard(null, "2031-03");
    assertThat(regency.getLong("indicators.'permit-decided-within-sla'.numerator")).isEqualTo(1);
    assertThat(regency.getDouble("indicators.'permit-decided-within-sla'.value")).isEqualTo(0.5);
    assertThat(total(dashboard("160211", "2031-04"), "permit-applications-submitted")).isZero();
  }
}

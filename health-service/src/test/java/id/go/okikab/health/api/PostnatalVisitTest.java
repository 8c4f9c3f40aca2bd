package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.Kia;
import id.go.okikab.health.service.MissedVisitCheck;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** KF/KN windows after a real delivery, visits recorded, missed visits reported once. */
@QuarkusTest
class PostnatalVisitTest {

  @Inject MissedVisitCheck missedVisitCheck;
  @Inject ObjectMapper json;

  @Test
  void windowsVisitsAndMissedVisitsOfADeliveryTenDaysAgo() throws Exception {
    String mother = Kia.motherNik();
    JsonPath d = Kia.delivered(mother, 10);
    String pregnancy = d.getString("pregnancyId");
    String child = d.getString("babies[0].childId");
    OffsetDateTime born = OffsetDateTime.parse(d.getString("deliveredAt"));

    as(Kia.officer())
        .get("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(200)
        .body("find { it.kind == 'KF1' }.status", equalTo("MISSED"))
        .body("find { it.kind == 'KF3' }.status", equalTo("DUE"))
        .body("find { it.kind == 'KF4' }.status", equalTo("UPCOMING"))
        .body("find { it.kind == 'KN1' }.windowEnd", equalTo(Kia.iso(born.plusHours(49))))
        .body("find { it.kind == 'KN1' }.status", equalTo("MISSED"));

    // KF3 now (in its window), KN1 late (recorded, does not count), KF4 too early (rejected)
    as(Kia.officer())
        .body(Map.of("kind", "KF3", "visitedAt", Kia.iso(Kia.now().minusHours(1))))
        .post("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"));
    as(Kia.officer())
        .body(Map.of("kind", "KN1", "visitedAt", Kia.iso(born.plusHours(60))))
        .post("/api/v1/children/" + child + "/neonatal-visits")
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE_LATE"));
    as(Kia.officer())
        .body(Map.of("kind", "KF4", "visitedAt", Kia.iso(Kia.now().minusHours(1))))
        .post("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/visit-before-window"))
        .body("errors[0].field", equalTo("visitedAt"));
    as(Kia.officer())
        .body(Map.of("kind", "KF3", "visitedAt", Kia.iso(Kia.now().minusHours(1))))
        .post("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(409);
    as(Kia.officer())
        .body(Map.of("kind", "KN2", "visitedAt", Kia.iso(Kia.now().minusHours(1))))
        .post("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/visit-kind-mismatch"));
    as(Kia.officer())
        .body(Map.of("kind", "KF2", "visitedAt", Kia.iso(Kia.now().plusHours(1))))
        .post("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/visit-in-future"));
    as(Kia.citizen(mother))
        .get("/api/v1/pregnancies/" + pregnancy + "/postnatal-visits")
        .then()
        .statusCode(200);

    missedVisitCheck.reportMissed();
    missedVisitCheck.reportMissed();
    try (TopicProbe probe = TopicProbe.of("health.pregnancy.v1")) {
      List<ConsumerRecord<String, String>> missed =
          probe.drain(
              r ->
                  pregnancy.equals(r.key())
                      && "id.go.okikab.health.PostnatalVisitMissed.v1".equals(header(r, "ce_type")),
              Duration.ofSeconds(3));
      // closed windows at day 10 without a visit: KF1, KF2, KN2 (KN1 was visited late)
      assertThat(missed).extracting(this::visitOf).containsExactlyInAnyOrder("KF1", "KF2", "KN2");
      assertThat(
              missed.stream()
                  .filter(r -> r.value().contains("\"visit\":\"KN2\""))
                  .findFirst()
                  .orElseThrow()
                  .value())
          .contains("\"childId\":\"" + child + "\"");
    }
  }

  private String visitOf(ConsumerRecord<String, String> record) {
    try {
      return json.readTree(record.value()).get("visit").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

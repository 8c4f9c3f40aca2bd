package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.WIB;
import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.baby;
import static id.go.okikab.health.Kia.delivery;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.Kia;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Delivery → BirthReported on health.pregnancy.v1, the child's record and its schedule. */
@QuarkusTest
class DeliveryFlowTest {

  @Inject SubjectRefs subjectRefs;
  @Inject ObjectMapper json;
  @Inject DataSource dataSource;

  @Test
  void aLiveBirthIsReportedToTheCivilRegistryAndOpensTheChildsRecord() throws Exception {
    String nik = Kia.motherNik();
    String pregnancy = Kia.registered(nik, 270).getString("id");
    OffsetDateTime bornAt = today().minusDays(2).atTime(21, 30).atOffset(WIB);
    Map<String, Object> body = new HashMap<>(delivery(baby(bornAt, "LIVE_BIRTH", "MALE")));
    body.put("desaCode", "1602052012");
    JsonPath d =
        as(Kia.officer())
            .body(body)
            .header("If-Match", Kia.etag(pregnancy))
            .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
            .then()
            .statusCode(201)
            .header(
                "Location",
                org.hamcrest.Matchers.endsWith("/api/v1/pregnancies/" + pregnancy + "/delivery"))
            .body("deliveredAt", equalTo(Kia.iso(bornAt)))
            .body("gestationalWeeks", equalTo(38))
            .body("facilityCode", equalTo(Kia.FACILITY))
            .body("babies", hasSize(1))
            .body("babies[0].childId", notNullValue())
            .body("postnatalVisits", hasSize(7))
            .extract()
            .jsonPath();
    String child = d.getString("babies[0].childId");

    try (TopicProbe probe = TopicProbe.of("health.pregnancy.v1")) {
      ConsumerRecord<String, String> reported =
          probe
              .await(
                  r ->
                      pregnancy.equals(r.key())
                          && "id.go.okikab.health.BirthReported.v1".equals(header(r, "ce_type")),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertThat(header(reported, "ce_subject")).isEqualTo(pregnancy);
      assertThat(header(reported, "ce_source")).isEqualTo("/health-service");
      JsonNode event = json.readTree(reported.value());
      assertThat(event.get("pregnancyId").asText()).isEqualTo(pregnancy);
      assertThat(event.get("childId").asText()).isEqualTo(child);
      assertThat(event.get("motherRef").asText()).isEqualTo(subjectRefs.of(nik));
      assertThat(event.get("bornAt").asText()).isEqualTo(Kia.iso(bornAt)); // +07:00
      assertThat(event.get("outcome").asText()).isEqualTo("LIVE_BIRTH");
      assertThat(event.get("sex").asText()).isEqualTo("MALE");
      assertThat(event.get("weightGrams").asInt()).isEqualTo(3100);
      assertThat(event.get("lengthMillimetres").asInt()).isEqualTo(495);
      assertThat(event.get("facilityCode").asText()).isEqualTo(Kia.FACILITY);
      assertThat(event.get("desaCode").asText()).isEqualTo("1602052012");
      assertThat(reported.value()).doesNotContain(nik);
    }

    as(Kia.officer())
        .get("/api/v1/pregnancies/" + pregnancy)
        .then()
        .statusCode(200)
        .body("status", equalTo("DELIVERED"))
        .body("delivery.babies[0].childId", equalTo(child))
        .body("nextAncContact", nullValue());
    as(Kia.officer())
        .get("/api/v1/children/" + child)
        .then()
        .statusCode(200)
        .body("sex", equalTo("MALE"))
        .body("birthDate", equalTo(bornAt.toLocalDate().toString()))
        .body("bornAt", equalTo(Kia.iso(bornAt)))
        .body("linkedToCivilRegistry", equalTo(false))
        .body("desaCode", equalTo(Kia.DESA))
        .body("basicImmunization.status", equalTo("IN_PROGRESS"))
        .body("basicImmunization.required", equalTo(11))
        .body("nextVaccines.vaccine", org.hamcrest.Matchers.hasItem("HB0"))
        .body("neonatalVisits", hasSize(3));
    as(Kia.officer())
        .get("/api/v1/children/" + child + "/immunizations")
        .then()
        .statusCode(200)
        .body("doses", hasSize(20))
        .body("doses[0].vaccine", equalTo("HB0"))
        .body("doses[0].dueDate", equalTo(bornAt.toLocalDate().toString()))
        .body("doses.find { it.vaccine == 'OPV' && it.doseNo == 2 }.status", equalTo("WAITING"));
    // the mother is not done: a second delivery of the same pregnancy is refused
    as(Kia.officer())
        .body(body)
        .header("If-Match", Kia.etag(pregnancy))
        .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/pregnancy-not-ongoing"));
  }

  @Test
  void twinsAreTwoBirthReportsAndAStillbirthOpensNoChildRecord() {
    String pregnancy = Kia.registered(Kia.motherNik(), 260).getString("id");
    OffsetDateTime first = Kia.now().minusHours(5);
    JsonPath d =
        as(Kia.officer())
            .body(
                delivery(
                    baby(first, "LIVE_BIRTH", "FEMALE"),
                    baby(first.plusMinutes(12), "STILLBIRTH", "FEMALE")))
            .header("If-Match", Kia.etag(pregnancy))
            .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
            .then()
            .statusCode(201)
            .body("babies", hasSize(2))
            .body("babies[1].childId", nullValue())
            .body("babies[1].outcome", equalTo("STILLBIRTH"))
            .body("postnatalVisits", hasSize(7)) // KF1-4 and KN1-3 of the live-born twin
            .extract()
            .jsonPath();
    assertThat(d.getString("babies[0].childId")).isNotNull();
    try (TopicProbe probe = TopicProbe.of("health.pregnancy.v1")) {
      List<ConsumerRecord<String, String>> births =
          probe.await(
              r ->
                  pregnancy.equals(r.key())
                      && "id.go.okikab.health.BirthReported.v1".equals(header(r, "ce_type")),
              2,
              Duration.ofSeconds(20));
      assertThat(births.get(0).value()).contains("\"outcome\":\"LIVE_BIRTH\"", "\"childId\":\"");
      assertThat(births.get(1).value()).contains("\"outcome\":\"STILLBIRTH\"");
      assertThat(births.get(1).value()).doesNotContain(d.getString("babies[0].childId"));
    }
  }

  @Test
  void aLiveBirthBefore20WeeksWithoutTheFlagIsRejectedAndNothingIsWritten() throws Exception {
    String pregnancy = Kia.registered(Kia.motherNik(), 130).getString("id");
    Map<String, Object> early = delivery(baby(Kia.now().minusHours(1), "LIVE_BIRTH", "MALE"));
    as(Kia.officer())
        .body(early)
        .header("If-Match", Kia.etag(pregnancy))
        .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/live-birth-before-20-weeks"))
        .body("errors[0].field", equalTo("babies[0].outcome"));
    as(Kia.officer())
        .get("/api/v1/pregnancies/" + pregnancy)
        .then()
        .body("status", equalTo("ONGOING"))
        .body("delivery", nullValue());
    assertThat(count("SELECT count(*) FROM child WHERE pregnancy_id = ?::uuid", pregnancy))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%BirthReported%'",
                pregnancy))
        .isZero();

    Map<String, Object> confirmed = new HashMap<>(early);
    confirmed.put("pretermLiveBirthConfirmed", true);
    as(Kia.officer())
        .body(confirmed)
        .header("If-Match", Kia.etag(pregnancy))
        .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
        .then()
        .statusCode(201)
        .body("pretermLiveBirthConfirmed", equalTo(true));
  }

  @Test
  void impossibleDeliveriesNameTheField() {
    String pregnancy = Kia.registered(Kia.motherNik(), 250).getString("id");
    String path = "/api/v1/pregnancies/" + pregnancy + "/delivery";
    as(Kia.officer())
        .body(delivery(baby(Kia.now().plusHours(2), "LIVE_BIRTH", "MALE")))
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/delivery-in-future"))
        .body("errors[0].field", equalTo("babies[0].bornAt"));
    as(Kia.officer())
        .body(delivery(baby(Kia.now().minusDays(251), "STILLBIRTH", "MALE")))
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/delivery-before-hpht"));
    Map<String, Object> noZone = new HashMap<>(baby(Kia.now(), "LIVE_BIRTH", "MALE"));
    noZone.put("bornAt", "2025-01-10T08:00:00");
    as(Kia.officer())
        .body(delivery(noZone))
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(400)
        .body("type", equalTo("https://okikab.go.id/problems/malformed-request"));
    Map<String, Object> heavy = new HashMap<>(baby(Kia.now().minusHours(1), "LIVE_BIRTH", "MALE"));
    heavy.put("weightGrams", 9000);
    as(Kia.officer())
        .body(delivery(heavy))
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("babies[0].weightGrams"));
    Map<String, Object> elsewhere =
        new HashMap<>(delivery(baby(Kia.now().minusHours(1), "LIVE_BIRTH", "MALE")));
    elsewhere.put("facilityCode", "P-999999");
    as(Kia.officer())
        .body(elsewhere)
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/unknown-facility"))
        .body("errors[0].field", equalTo("facilityCode"));
    as(Kia.officerOf(Kia.OTHER_FACILITY))
        .body(delivery(baby(Kia.now().minusHours(1), "LIVE_BIRTH", "MALE")))
        .header("If-Match", Kia.etag(pregnancy))
        .post(path)
        .then()
        .statusCode(403);
  }

  private long count(String sql, String parameter) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

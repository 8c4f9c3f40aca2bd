package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.okikab.health.Kia;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TestTokens;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PregnancyApiTest {

  @Inject SubjectRefs subjectRefs;

  @Test
  void aMidwifeRegistersAPregnancyByTheMothersNik() {
    String nik = Kia.motherNik();
    LocalDate hpht = today().minusDays(70);
    JsonPath p =
        as(Kia.officer())
            .body(Kia.registration(nik, hpht))
            .post("/api/v1/pregnancies")
            .then()
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.containsString("/api/v1/pregnancies/"))
            .header("ETag", "\"0\"")
            .body("motherRef", equalTo(subjectRefs.of(nik)))
            .body("facilityCode", equalTo(Kia.FACILITY))
            .body("status", equalTo("ONGOING"))
            .body("dueDate", equalTo(hpht.plusDays(280).toString()))
            .body("gestationalAge.weeks", equalTo(10))
            .body("gestationalAge.trimester", equalTo(1))
            .body("risk.ksprScore", equalTo(2))
            .body("risk.riskClass", equalTo("KRR"))
            .body("ancSchedule", hasSize(6))
            .body("nextAncContact.slot", equalTo("K1"))
            .body("nextAncContact.status", equalTo("DUE"))
            .extract()
            .jsonPath();
    assertThat(p.prettify()).doesNotContain(nik);
    String id = p.getString("id");
    try (TopicProbe probe = TopicProbe.of("health.pregnancy.v1")) {
      ConsumerRecord<String, String> registered =
          probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
      assertThat(header(registered, "ce_type"))
          .isEqualTo("id.go.okikab.health.PregnancyRegistered.v1");
      assertThat(registered.value())
          .contains("\"motherRef\":\"" + subjectRefs.of(nik) + "\"")
          .doesNotContain(nik);
    }
  }

  @Test
  void aSecondOngoingPregnancyOfTheSameMotherIsAConflict() {
    String nik = Kia.motherNik();
    Kia.registered(nik, 30);
    as(Kia.officer())
        .body(Kia.registration(nik, today().minusDays(20)))
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://okikab.go.id/problems/conflict"));
  }

  @Test
  void onlyHealthOfficersWithAFacilityRegister() {
    Map<String, Object> body = Kia.registration(Kia.motherNik(), today().minusDays(30));
    given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(401);
    as(Kia.citizen(Kia.motherNik())).body(body).post("/api/v1/pregnancies").then().statusCode(403);
    as(TestTokens.user("dukcapil1").roles("registry-officer").mint())
        .body(body)
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(403);
    as(TestTokens.user("bidan-x").roles("health-officer").mint())
        .body(body)
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(403)
        .body("detail", org.hamcrest.Matchers.containsString("facility"));
    as(Kia.officerOf("P-000000")).body(body).post("/api/v1/pregnancies").then().statusCode(403);
  }

  @Test
  void badRegistrationsNameTheFieldAndTheRule() {
    String nik = Kia.motherNik();
    rejects(with(nik, "motherNik", "160205570890001"), 400, "validation", "motherNik");
    rejects(with(nik, "motherNik", "1602053202900001"), 422, "nik-day-invalid", "motherNik");
    rejects(with(nik, "motherNik", Kia.manNik()), 422, "mother-nik-male", "motherNik");
    rejects(with(nik, "hpht", today().plusDays(1).toString()), 422, "hpht-in-future", "hpht");
    rejects(with(nik, "hpht", today().minusDays(400).toString()), 422, "hpht-too-old", "hpht");
    rejects(with(nik, "desaCode", "16020520"), 422, "desa-code-invalid", "desaCode");
    rejects(with(nik, "desaCode", "1601012001"), 422, "desa-outside-oki", "desaCode");
    rejects(with(nik, "desaCode", "1602992001"), 422, "unknown-kecamatan", "desaCode");
    rejects(with(nik, "parity", 2), 422, "parity-exceeds-gravida", "parity");
    rejects(with(nik, "heightCm", 300), 400, "validation", "heightCm");
    rejects(with(nik, "hpht", "2025-02-30"), 400, "malformed-request", "hpht");
    rejects(with(nik, "riskFactors", List.of("NO_SUCH_FACTOR")), 400, "malformed-request", null);
    // nothing was written: the mother can still be registered
    as(Kia.officer())
        .body(Kia.registration(nik, today().minusDays(30)))
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(201);
  }

  @Test
  void ancContactsCountK1K2WithTheTrimesterAndRaiseTheRisk() {
    String nik = Kia.motherNik();
    String id = Kia.registered(nik, 100).getString("id");
    Map<String, Object> k1 =
        Map.of(
            "visitDate",
            today().minusDays(50).toString(),
            "withDoctor",
            true,
            "weightKg",
            55.5,
            "systolicMmHg",
            110,
            "diastolicMmHg",
            70,
            "lilaCm",
            24.0,
            "hbGramsPerDecilitre",
            12.1,
            "notes",
            "sehat");
    as(Kia.officer())
        .body(k1)
        .post("/api/v1/pregnancies/" + id + "/anc-contacts")
        .then()
        .statusCode(201)
        .body("contact.contactNumber", equalTo(1))
        .body("contact.trimester", equalTo(1))
        .body("contact.gestationalWeeks", equalTo(7))
        .body("risk.riskClass", equalTo("KRR"));
    // K2 in the second trimester with anaemia and KEK: 2 + 4 + 4 = 10, KRT
    Map<String, Object> k2 =
        Map.of(
            "visitDate",
            today().toString(),
            "withDoctor",
            false,
            "hbGramsPerDecilitre",
            9.5,
            "lilaCm",
            22.0,
            "riskFactors",
            List.of("HISTORY_OF_MISCARRIAGE"));
    as(Kia.officer())
        .body(k2)
        .post("/api/v1/pregnancies/" + id + "/anc-contacts")
        .then()
        .statusCode(201)
        .body("contact.contactNumber", equalTo(2))
        .body("contact.trimester", equalTo(2))
        .body("risk.ksprScore", equalTo(14))
        .body("risk.riskClass", equalTo("KRST"))
        .body("risk.factors.factor", hasItem("ANAEMIA"))
        .body("risk.factors.factor", hasItem("CHRONIC_ENERGY_DEFICIENCY"));
    as(Kia.officer())
        .get("/api/v1/pregnancies/" + id)
        .then()
        .statusCode(200)
        .body("ancContactCount", equalTo(2))
        .body("ancSchedule[0].status", equalTo("DONE"))
        .body("ancSchedule[1].status", equalTo("MISSED"))
        .body("ancSchedule[2].status", equalTo("DONE"))
        .body("ancSchedule[2].contactNumber", equalTo(2))
        .body("nextAncContact.slot", equalTo("K4"));
    as(Kia.officer())
        .get("/api/v1/pregnancies/" + id + "/anc-contacts")
        .then()
        .statusCode(200)
        .body("", hasSize(2))
        .body("[0].hbGramsPerDecilitre", equalTo(12.1f));

    try (TopicProbe probe = TopicProbe.of("health.pregnancy.v1")) {
      List<ConsumerRecord<String, String>> records =
          probe.await(r -> id.equals(r.key()), 4, Duration.ofSeconds(20));
      assertThat(records)
          .extracting(r -> header(r, "ce_type"))
          .containsExactly(
              "id.go.okikab.health.PregnancyRegistered.v1",
              "id.go.okikab.health.AncContactRecorded.v1",
              "id.go.okikab.health.AncContactRecorded.v1",
              "id.go.okikab.health.HighRiskPregnancyFlagged.v1");
      assertThat(records.get(2).value())
          .contains("\"contactNumber\":2", "\"trimester\":2")
          .doesNotContain("9.5", "22.0", "hb", "lila", "notes", "HISTORY_OF_MISCARRIAGE");
      assertThat(records.get(3).value())
          .contains("\"riskClass\":\"KRST\"")
          .doesNotContain("ksprScore", "ANAEMIA", "factors");
    }
  }

  @Test
  void impossibleOrOutOfRangeVisitsAreRejected() {
    String id = Kia.registered(Kia.motherNik(), 60).getString("id");
    String path = "/api/v1/pregnancies/" + id + "/anc-contacts";
    as(Kia.officer())
        .body(Map.of("visitDate", today().minusDays(61).toString(), "withDoctor", true))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/visit-before-hpht"))
        .body("errors[0].field", equalTo("visitDate"));
    as(Kia.officer())
        .body(Map.of("visitDate", today().plusDays(1).toString(), "withDoctor", true))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/visit-date-in-future"));
    as(Kia.officer())
        .body(Map.of("visitDate", today().toString(), "withDoctor", true, "weightKg", 500))
        .post(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("weightKg"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("between 25.0 and 200.0"));
    as(Kia.officer())
        .body(
            Map.of(
                "visitDate",
                today().toString(),
                "withDoctor",
                true,
                "systolicMmHg",
                80,
                "diastolicMmHg",
                90))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/blood-pressure-inconsistent"))
        .body("errors[0].field", equalTo("diastolicMmHg"));
    as(Kia.officer()).get("/api/v1/pregnancies/" + id).then().body("ancContactCount", equalTo(0));
  }

  @Test
  void theMotherReadsHerOwnPregnancyAndNoOneElseDoes() {
    String nik = Kia.motherNik();
    String id = Kia.registered(nik, 40).getString("id");
    as(Kia.citizen(nik))
        .get("/api/v1/pregnancies/" + id)
        .then()
        .statusCode(200)
        .body("nextAncContact.slot", equalTo("K1"));
    as(Kia.citizen(nik))
        .get("/api/v1/pregnancies")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(id));
    as(Kia.citizen(Kia.motherNik())).get("/api/v1/pregnancies/" + id).then().statusCode(404);
    as(Kia.officerOf(Kia.OTHER_FACILITY)).get("/api/v1/pregnancies/" + id).then().statusCode(403);
    as(TestTokens.user("kominfo1").roles("operator").mint())
        .get("/api/v1/pregnancies/" + id)
        .then()
        .statusCode(403);
    as(Kia.citizen(nik))
        .body(Map.of("visitDate", today().toString(), "withDoctor", true))
        .post("/api/v1/pregnancies/" + id + "/anc-contacts")
        .then()
        .statusCode(403);
    as(Kia.officer())
        .get("/api/v1/pregnancies/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
    as(Kia.officer()).get("/api/v1/pregnancies/not-a-uuid").then().statusCode(400);
  }

  @Test
  void anOfficerFindsAMotherByNikInTheBodyWithinTheirArea() {
    String nik = Kia.motherNik();
    String id = Kia.registered(nik, 40).getString("id");
    as(Kia.officer())
        .body(Map.of("motherNik", nik))
        .post("/api/v1/pregnancies/lookup")
        .then()
        .statusCode(200)
        .body("id", hasItem(id));
    as(Kia.officerOf(Kia.OTHER_FACILITY))
        .body(Map.of("motherNik", nik))
        .post("/api/v1/pregnancies/lookup")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void theScoreNeverGoesDownAndFactorsCanBeAddedBetweenVisits() {
    String id = Kia.registered(Kia.motherNik(), 150).getString("id");
    as(Kia.officer())
        .body(Map.of("riskFactors", List.of("PREVIOUS_CAESAREAN")))
        .header("If-Match", Kia.etag(id))
        .post("/api/v1/pregnancies/" + id + "/risk-factors")
        .then()
        .statusCode(200)
        .body("ksprScore", equalTo(10))
        .body("riskClass", equalTo("KRT"));
    as(Kia.officer())
        .body(Map.of("riskFactors", List.of("PREVIOUS_CAESAREAN")))
        .header("If-Match", Kia.etag(id))
        .post("/api/v1/pregnancies/" + id + "/risk-factors")
        .then()
        .statusCode(200)
        .body("ksprScore", equalTo(10));
    as(Kia.officer())
        .body(Map.of("riskFactors", List.of()))
        .header("If-Match", Kia.etag(id))
        .post("/api/v1/pregnancies/" + id + "/risk-factors")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("riskFactors"));
  }

  @Test
  void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
    String nik = Kia.motherNik();
    Map<String, Object> body = Kia.registration(nik, today().minusDays(30));
    String key = "reg-" + nik.substring(10);
    String first =
        as(Kia.officer())
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/pregnancies")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(Kia.officer())
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
  }

  private static Map<String, Object> with(String nik, String field, Object value) {
    Map<String, Object> body = new HashMap<>(Kia.registration(nik, today().minusDays(30)));
    body.put(field, value);
    return body;
  }

  private static void rejects(Map<String, Object> body, int status, String type, String field) {
    var response =
        as(Kia.officer())
            .body(body)
            .post("/api/v1/pregnancies")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("type", equalTo("https://okikab.go.id/problems/" + type));
    if (field != null) {
      response.body("errors.field", hasItem(field));
    } else {
      response.body("detail", notNullValue());
    }
    response.body(
        "detail",
        org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString((String) body.get("motherNik"))));
    response.body("stackTrace", nullValue());
  }
}

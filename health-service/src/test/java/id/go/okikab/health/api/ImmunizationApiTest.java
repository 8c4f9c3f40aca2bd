package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.ChildTestSupport;
import id.go.okikab.health.Kia;
import id.go.okikab.health.service.OverdueCheck;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImmunizationApiTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs refs;
  @Inject OverdueCheck overdueCheck;

  @Test
  void aDoseIsRecordedAndPublishedAndTheNextOneRescheduled() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(120);
    String child =
        ChildTestSupport.registeredChild(kafka, json, refs, mother, born, Sex.FEMALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/immunizations";
    as(Kia.officer())
        .body(
            Map.of(
                "vaccine",
                "DPT-HB-HIB",
                "givenOn",
                born.plusDays(65).toString(),
                "batchNumber",
                "B-123"))
        .post(path)
        .then()
        .statusCode(201)
        .body("vaccine", equalTo("DPT-HB-HIB"))
        .body("doseNo", equalTo(1))
        .body("status", equalTo("GIVEN"))
        .body("givenFacilityCode", equalTo(Kia.FACILITY));
    as(Kia.officer())
        .get(path)
        .then()
        .statusCode(200)
        .body(
            "doses.find { it.vaccine == 'DPT-HB-HIB' && it.doseNo == 2 }.dueDate",
            equalTo(born.plusDays(93).toString())) // 65 + 28 > 91
        .body(
            "doses.find { it.vaccine == 'DPT-HB-HIB' && it.doseNo == 2 }.eligibleFrom",
            equalTo(born.plusDays(93).toString()));
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      ConsumerRecord<String, String> given =
          probe
              .await(
                  r ->
                      child.equals(r.key())
                          && "id.go.okikab.health.ImmunizationGiven.v1"
                              .equals(header(r, "ce_type")),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertThat(given.value())
          .contains(
              "\"vaccine\":\"DPT-HB-HIB\"",
              "\"doseNo\":1",
              "\"givenOn\":\"" + born.plusDays(65) + "\"",
              "\"motherRef\":\"" + refs.of(mother) + "\"")
          .doesNotContain("B-123", mother);
    }
  }

  @Test
  void theLastBasicDoseBeforeTheFirstBirthdayPublishesBasicImmunizationCompletedOnce() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(300);
    String child =
        ChildTestSupport.registeredChild(kafka, json, refs, mother, born, Sex.MALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/immunizations";
    String completed = "id.go.okikab.health.BasicImmunizationCompleted.v1";
    // every basic dose at its recommended age (domain.md §2.4), MR1 last at 274 days
    Object[][] doses = {
      {"HB0", 0},
      {"BCG", 30},
      {"OPV", 30},
      {"OPV", 61},
      {"OPV", 91},
      {"OPV", 122},
      {"DPT-HB-HIB", 61},
      {"DPT-HB-HIB", 91},
      {"DPT-HB-HIB", 122},
      {"IPV", 122},
      {"MR", 274}
    };
    for (Object[] dose : doses) {
      as(Kia.officer())
          .body(Map.of("vaccine", dose[0], "givenOn", born.plusDays((Integer) dose[1]).toString()))
          .post(path)
          .then()
          .statusCode(201);
    }
    // a dose after completion (PCV, not basic) does not publish it again
    as(Kia.officer())
        .body(Map.of("vaccine", "PCV", "givenOn", born.plusDays(61).toString()))
        .post(path)
        .then()
        .statusCode(201);
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      ConsumerRecord<String, String> record =
          probe
              .await(
                  r -> child.equals(r.key()) && completed.equals(header(r, "ce_type")),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertThat(record.value())
          .contains(
              "\"completedOn\":\"" + born.plusDays(274) + "\"",
              "\"facilityCode\":\"" + Kia.FACILITY + "\"")
          .doesNotContain(mother);
      assertThat(
              probe.drain(
                  r -> child.equals(r.key()) && completed.equals(header(r, "ce_type")),
                  Duration.ofSeconds(2)))
          .hasSize(1);
    }
    as(Kia.officer())
        .get(path)
        .then()
        .statusCode(200)
        .body("basicImmunization.status", equalTo("COMPLETE"));
  }

  @Test
  void aDoseTooEarlyOrTooSoonOrTwiceIsRejected() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(150);
    String child =
        ChildTestSupport.registeredChild(kafka, json, refs, mother, born, Sex.MALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/immunizations";
    rejected(
        path,
        Map.of("vaccine", "DPT-HB-HIB", "givenOn", born.plusDays(41).toString()),
        422,
        "dose-before-minimum-age",
        "givenOn");
    as(Kia.officer())
        .body(Map.of("vaccine", "DPT-HB-HIB", "givenOn", born.plusDays(50).toString()))
        .post(path)
        .then()
        .statusCode(201);
    rejected(
        path,
        Map.of("vaccine", "DPT-HB-HIB", "givenOn", born.plusDays(69).toString()),
        422,
        "dose-before-minimum-age",
        "givenOn");
    rejected(
        path,
        Map.of("vaccine", "DPT-HB-HIB", "givenOn", born.plusDays(75).toString()),
        422,
        "dose-before-minimum-interval",
        "givenOn");
    rejected(
        path,
        Map.of("vaccine", "DPT-HB-HIB", "doseNo", 1, "givenOn", born.plusDays(90).toString()),
        409,
        "conflict",
        null);
    rejected(
        path,
        Map.of("vaccine", "DPT-HB-HIB", "doseNo", 3, "givenOn", born.plusDays(140).toString()),
        422,
        "previous-dose-missing",
        "doseNo");
    rejected(
        path,
        Map.of("vaccine", "HB0", "givenOn", born.plusDays(10).toString()),
        422,
        "dose-after-maximum-age",
        "givenOn");
    rejected(
        path,
        Map.of("vaccine", "JE", "givenOn", today().toString()),
        422,
        "unknown-vaccine",
        "vaccine");
    rejected(
        path,
        Map.of("vaccine", "BCG", "givenOn", today().plusDays(1).toString()),
        422,
        "given-date-in-future",
        "givenOn");
    rejected(
        path,
        Map.of("vaccine", "BCG", "givenOn", born.minusDays(1).toString()),
        422,
        "given-before-birth",
        "givenOn");
    rejected(path, Map.of("givenOn", today().toString()), 400, "validation", "vaccine");
    as(Kia.citizen(mother))
        .body(Map.of("vaccine", "BCG", "givenOn", today().toString()))
        .post(path)
        .then()
        .statusCode(403);
    as(Kia.officerOf(Kia.OTHER_FACILITY))
        .body(Map.of("vaccine", "BCG", "givenOn", today().toString()))
        .post(path)
        .then()
        .statusCode(403);
    // only the one valid dose was written
    as(Kia.officer())
        .get(path)
        .then()
        .body("doses.findAll { it.status == 'GIVEN' }.size()", equalTo(1));
  }

  @Test
  void theDueListOfAFacilityAndOfADesa() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(70);
    String desa = "1602052014";
    String child =
        ChildTestSupport.registeredChild(kafka, json, refs, mother, born, Sex.FEMALE, desa);
    // at 70 days: BCG, OPV1 overdue (due 30, +28); DPT1, PCV1, RV1 due (61)
    JsonPath page =
        as(Kia.officer())
            .queryParam("facility", Kia.FACILITY)
            .queryParam("desa", desa)
            .queryParam("size", 100)
            .get("/api/v1/immunizations/due")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.childId", String.class)).contains(child);
    Map<String, Object> mine = page.getMap("items.find { it.childId == '" + child + "' }");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> doses = (List<Map<String, Object>>) mine.get("doses");
    assertThat(doses)
        .extracting(d -> d.get("vaccine") + " " + d.get("doseNo") + " " + d.get("status"))
        .containsExactlyInAnyOrder(
            "BCG 1 OVERDUE", "OPV 1 OVERDUE", "DPT-HB-HIB 1 DUE", "PCV 1 DUE", "RV 1 DUE");
    assertThat(page.getList("items.desaCode", String.class)).containsOnly(desa);

    as(Kia.officer())
        .queryParam("desa", desa)
        .queryParam("status", "OVERDUE")
        .queryParam("size", 100)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.childId == '" + child + "' }.doses.status",
            everyItem(equalTo("OVERDUE")));
    // three days old: only HB0 (a dose with a maximum age) is due
    as(Kia.officer())
        .queryParam("desa", desa)
        .queryParam("date", born.plusDays(3).toString())
        .queryParam("size", 100)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.childId == '" + child + "' }.doses.vaccine", equalTo(List.of("HB0")));
    // ten days old: HB0 expired, nothing else due yet: not on the list
    as(Kia.officer())
        .queryParam("desa", desa)
        .queryParam("date", born.plusDays(10).toString())
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(200)
        .body("items.childId", not(hasItem(child)));
    // another kecamatan's facility does not see the child
    as(Kia.officerOf(Kia.OTHER_FACILITY))
        .queryParam("size", 100)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(200)
        .body("items.childId", not(hasItem(child)));
  }

  @Test
  void dueListsBelongToTheOfficersOwnFacilityAndArea() {
    as(Kia.officer())
        .queryParam("facility", Kia.OTHER_FACILITY)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(403);
    as(Kia.officer())
        .queryParam("desa", Kia.OTHER_DESA)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(403);
    as(Kia.citizen(Kia.motherNik())).get("/api/v1/immunizations/due").then().statusCode(403);
    as(Kia.officer())
        .queryParam("date", "tomorrow")
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://okikab.go.id/problems/malformed-request"));
    as(Kia.officer())
        .queryParam("status", "GIVEN")
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    as(Kia.officer())
        .queryParam("size", 1000)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    io.restassured.RestAssured.given().get("/api/v1/immunizations/due").then().statusCode(401);
  }

  @Test
  void overdueDosesArePublishedOnce() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(45);
    String child =
        ChildTestSupport.registeredChild(kafka, json, refs, mother, born, Sex.MALE, Kia.DESA);
    // at 45 days: BCG and OPV1 are due (30) but not overdue (58); HB0 expired; nothing to report
    overdueCheck.reportOverdue();
    as(Kia.officer())
        .body(Map.of("vaccine", "OPV", "givenOn", born.plusDays(31).toString()))
        .post("/api/v1/children/" + child + "/immunizations")
        .then()
        .statusCode(201);
    String older =
        ChildTestSupport.registeredChild(
            kafka, json, refs, Kia.motherNik(), today().minusDays(95), Sex.MALE, Kia.DESA);
    overdueCheck.reportOverdue();
    overdueCheck.reportOverdue();
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      List<ConsumerRecord<String, String>> overdue =
          probe.drain(
              r ->
                  older.equals(r.key())
                      && "id.go.okikab.health.ImmunizationOverdue.v1".equals(header(r, "ce_type")),
              Duration.ofSeconds(3));
      // at 95 days: BCG, OPV1 (overdue from 58), DPT1, PCV1, RV1 (from 89): five, once each
      assertThat(overdue)
          .extracting(this::vaccineOf)
          .containsExactlyInAnyOrder("BCG", "OPV", "DPT-HB-HIB", "PCV", "RV");
      assertThat(
              probe.seen(
                  r ->
                      child.equals(r.key())
                          && "id.go.okikab.health.ImmunizationOverdue.v1"
                              .equals(header(r, "ce_type"))))
          .isEmpty();
    }
  }

  @Test
  void twoMidwivesRecordingTheSameDoseAtOnceRecordItOnce() throws Exception {
    LocalDate born = today().minusDays(40);
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, refs, Kia.motherNik(), born, Sex.FEMALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/immunizations";
    Map<String, Object> bcg =
        Map.of("vaccine", "BCG", "doseNo", 1, "givenOn", born.plusDays(35).toString());
    var first =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> as(Kia.officer()).body(bcg).post(path).statusCode());
    var second =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> as(Kia.officer()).body(bcg).post(path).statusCode());
    assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      assertThat(
              probe.drain(
                  r ->
                      child.equals(r.key())
                          && "id.go.okikab.health.ImmunizationGiven.v1"
                              .equals(header(r, "ce_type")),
                  Duration.ofSeconds(3)))
          .hasSize(1);
    }
  }

  @Test
  void theScheduleIsData() {
    as(Kia.citizen(Kia.motherNik()))
        .get("/api/v1/immunization-schedule")
        .then()
        .statusCode(200)
        .body("size()", equalTo(20))
        .body("find { it.vaccine == 'MR' && it.doseNo == 1 }.recommendedAgeDays", equalTo(274))
        .body("find { it.vaccine == 'HB0' }.maxAgeDays", equalTo(7));
  }

  private String vaccineOf(ConsumerRecord<String, String> record) {
    try {
      return json.readTree(record.value()).get("vaccine").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void rejected(
      String path, Map<String, Object> body, int status, String type, String field) {
    var then =
        as(Kia.officer())
            .body(body)
            .post(path)
            .then()
            .statusCode(status)
            .body("type", equalTo("https://okikab.go.id/problems/" + type));
    if (field != null) {
      then.body("errors[0].field", equalTo(field));
    }
  }
}

package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TopicProbe;
import id.go.okikab.tax.Tax;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The SPPT batch on real PostgreSQL and Kafka: the vectors of domain.md §3.2, NJOPTKP once per
 * taxpayer, a deceased taxpayer (from civil-registry.DeathRegistered) reported not aborting, the
 * rerun publishing nothing, and an edit of the year's rate leaving issued bills alone.
 */
@QuarkusTest
class AssessmentRunsTest {

  private static final int YEAR = 2027;

  @Inject SubjectRefs subjectRefs;
  @Inject ObjectMapper json;
  @InjectKafkaCompanion KafkaCompanion kafka;

  @Test
  void theBatchIssuesSpptsOnceAndReportsTheBadObject() throws Exception {
    String nik = Tax.nik();
    String taxpayer = Tax.registered(nik, "Siti Aminah").getString("id");
    String big = Tax.objectOf(taxpayer, 200, 150_000, 70, 1_500_000); // NJOP 135,000,000
    String small = Tax.objectOf(taxpayer, 100, 200_000, 0, 0); // NJOP 20,000,000

    // a person who died (the civil registry says so) without an heir
    String deadNik = Tax.nik();
    String dead = Tax.registered(deadNik, "Almarhum").getString("id");
    String deadObject = Tax.objectOf(dead, 100, 100_000, 0, 0);
    DeathRegistered death =
        new DeathRegistered(
            "DR-" + UUID.randomUUID(),
            "RES-" + UUID.randomUUID(),
            subjectRefs.of(deadNik),
            LocalDate.of(2026, 10, 1),
            Tax.DESA,
            false);
    kafka
        .produceStrings()
        .fromRecords(
            CloudEventRecords.of(
                "civil-registry.death.v1",
                PlatformEvents.CATALOG.forJavaType(DeathRegistered.class).orElseThrow().ceType(),
                death.aggregateId(),
                json.writeValueAsString(death)))
        .awaitCompletion();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as(Tax.officer())
                    .get("/api/v1/taxpayers/" + dead)
                    .then()
                    .body("deceased", equalTo(true))
                    .body("deceasedOn", equalTo("2026-10-01")));

    JsonPath run = Tax.runBatch(YEAR);
    assertThat(run.getInt("done")).isEqualTo(run.getInt("total"));
    List<Map<String, Object>> errors = run.getList("errors");
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("taxObjectId")).isEqualTo(deadObject);
              assertThat(e.get("rule")).isEqualTo("taxpayer-deceased-no-heir");
            });

    // NJOPTKP on the object of highest NJOP only: 125,000 and 20,000 at 0.1%, p = 100%
    List<Map<String, Object>> bills = Tax.bills(taxpayer);
    assertThat(bills).hasSize(2);
    assertThat(bills)
        .extracting(b -> ((Number) b.get("principal")).longValue())
        .containsExactlyInAnyOrder(125_000L, 20_000L);
    assertThat(bills)
        .allSatisfy(
            b -> {
              assertThat((String) b.get("billingCode")).matches("11\\d{14}");
              assertThat(b.get("dueDate")).isEqualTo(YEAR + "-09-30");
              assertThat(b.get("status")).isEqualTo("OPEN");
              assertThat(b.get("taxType")).isEqualTo("PBB_P2");
            });
    assertThat(Tax.bills(dead)).isEmpty();

    // the events, people by subjectRef only
    try (TopicProbe probe = TopicProbe.of("tax.bill.v1", "tax.assessment.v1")) {
      var issued = probe.await(r -> r.value().contains(taxpayer), 4, Duration.ofSeconds(30));
      assertThat(issued).noneMatch(r -> r.value().contains(nik));
      var billIssued =
          issued.stream()
              .filter(r -> TopicProbe.header(r, "ce_type").contains(".BillIssued."))
              .toList();
      assertThat(billIssued).hasSize(2);
      assertThat(billIssued.get(0).value()).contains(subjectRefs.of(nik));
      var assessed = issued.stream().filter(r -> r.topic().equals("tax.assessment.v1")).toList();
      assertThat(assessed).hasSize(2);
      assertThat(assessed)
          .anySatisfy(r -> assertThat(r.value()).contains(big).contains("\"njop\":135000000"));
      assertThat(assessed).anySatisfy(r -> assertThat(r.value()).contains(small));

      // the rerun changes nothing and publishes nothing
      JsonPath rerun = Tax.runBatch(YEAR);
      assertThat(rerun.getInt("issued")).isZero();
      assertThat(rerun.getInt("done")).isEqualTo(rerun.getInt("total"));
      assertThat(Tax.bills(taxpayer)).hasSize(2);
      assertThat(probe.drain(r -> r.value().contains(taxpayer), Duration.ofSeconds(3))).hasSize(4);
    }
  }

  @Test
  void aRateChangeIsKeptWithHistoryAndNeverTouchesIssuedBills() {
    String taxpayer = Tax.registered(Tax.nik(), "Rahmat").getString("id");
    Tax.objectOf(taxpayer, 200, 150_000, 70, 1_500_000);
    Tax.runBatch(YEAR);
    long before = ((Number) Tax.bills(taxpayer).get(0).get("principal")).longValue();

    JsonPath year = as(Tax.officer()).get("/api/v1/tax-years/" + YEAR).then().extract().jsonPath();
    String etag =
        as(Tax.officer())
            .get("/api/v1/tax-years/" + YEAR)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Map<String, Object> update = new HashMap<>(year.getMap(""));
    update.remove("taxYear");
    update.remove("updatedAt");
    update.remove("updatedBy");
    update.put("pbbRatePpm", 5000);
    update.put("pbbAssessedPercent", 40);
    as(Tax.officer()).body(update).put("/api/v1/tax-years/" + YEAR).then().statusCode(428);
    as(Tax.citizen(Tax.nik()))
        .header("If-Match", etag)
        .body(update)
        .put("/api/v1/tax-years/" + YEAR)
        .then()
        .statusCode(403);
    Map<String, Object> tooHigh = new HashMap<>(update);
    tooHigh.put("pbbRatePpm", 6000);
    as(Tax.officer())
        .header("If-Match", etag)
        .body(tooHigh)
        .put("/api/v1/tax-years/" + YEAR)
        .then()
        .statusCode(400);
    as(Tax.officer())
        .header("If-Match", etag)
        .body(update)
        .put("/api/v1/tax-years/" + YEAR)
        .then()
        .statusCode(200)
        .body("pbbRatePpm", equalTo(5000))
        .body("updatedBy", equalTo(Tax.OFFICER_SUB));
    as(Tax.officer())
        .header("If-Match", etag)
        .body(update)
        .put("/api/v1/tax-years/" + YEAR)
        .then()
        .statusCode(412);
    as(Tax.officer())
        .get("/api/v1/tax-years/" + YEAR + "/history")
        .then()
        .statusCode(200)
        .body("[-1].rule.pbbRatePpm", equalTo(5000));
    assertThat(((Number) Tax.bills(taxpayer).get(0).get("principal")).longValue())
        .isEqualTo(before);

    // a new object now gets the second example of §3.2: 40% × 0.5% of 125,000,000 = 250,000
    String second = Tax.registered(Tax.nik(), "Yanti").getString("id");
    Tax.objectOf(second, 200, 150_000, 70, 1_500_000);
    Tax.runBatch(YEAR);
    assertThat(((Number) Tax.bills(second).get(0).get("principal")).longValue())
        .isEqualTo(250_000L);

    // back to the illustrative figures for the other tests
    String now = as(Tax.officer()).get("/api/v1/tax-years/" + YEAR).then().extract().header("ETag");
    update.put("pbbRatePpm", 1000);
    update.put("pbbAssessedPercent", 100);
    as(Tax.officer())
        .header("If-Match", now)
        .body(update)
        .put("/api/v1/tax-years/" + YEAR)
        .then()
        .statusCode(200);
  }

  @Test
  void startingNeedsAKnownYearAndAnOfficer() {
    as(Tax.officer())
        .body(Map.of("taxYear", 2090))
        .post("/api/v1/assessment-runs")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/tax-year-unknown"));
    as(Tax.officer())
        .body(Map.of("taxYear", 1990))
        .post("/api/v1/assessment-runs")
        .then()
        .statusCode(400);
    as(Tax.operator())
        .body(Map.of("taxYear", YEAR))
        .post("/api/v1/assessment-runs")
        .then()
        .statusCode(403);
    io.restassured.RestAssured.given()
        .get("/api/v1/assessment-runs/" + UUID.randomUUID())
        .then()
        .statusCode(401);
    as(Tax.officer()).get("/api/v1/assessment-runs/" + UUID.randomUUID()).then().statusCode(404);
  }
}

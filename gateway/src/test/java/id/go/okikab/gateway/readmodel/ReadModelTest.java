package id.go.okikab.gateway.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.contracts.health.AncContactRecorded;
import id.go.okikab.contracts.health.BasicImmunizationCompleted;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.contracts.health.GrowthAssessed;
import id.go.okikab.contracts.health.PregnancyRegistered;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The timeline and the dashboard are built from real records on the platform's topics, apply each
 * event once even when it is delivered twice, and a rebuild from the topics gives the same result.
 */
@QuarkusTest
class ReadModelTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject SubjectRefs subjectRefs;
  @Inject ObjectMapper json;

  /** The kecamatan of the birth test; no other test sends events there. */
  private static final String BIRTH_KECAMATAN = "160224";

  /**
   * A kecamatan of OKI (the dashboard answers no other) other than Kayu Agung, where
   * EventStreamResourceTest registers births, and the birth test's. Two tests drawing the same one
   * count different metrics.
   */
  private static String freshKecamatan() {
    List<String> codes =
        OkiKecamatan.all().stream()
            .map(OkiKecamatan.Kecamatan::code)
            .filter(c -> !c.equals("160205") && !c.equals(BIRTH_KECAMATAN))
            .toList();
    return codes.get((int) (Math.random() * codes.size()));
  }

  @Test
  void aBirthShowsInTheTimelinesOfChildAndMotherAndInTheDashboard() {
    String motherNik = "1602055708900001";
    String childNik = "1602056011260007";
    String kecamatan = BIRTH_KECAMATAN;
    BirthRegistered birth =
        new BirthRegistered(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            subjectRefs.of(childNik),
            subjectRefs.of(motherNik),
            null,
            LocalDate.of(2026, 11, 20),
            Sex.FEMALE,
            kecamatan + "2011",
            true,
            null);
    ProducerRecord<String, String> record = record(birth);
    kafka.produceStrings().fromRecords(List.of(record, record)).awaitCompletion(); // twice

    String mother = TestTokens.citizen("warga1", motherNik).mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> timelineHas(mother, birth.registrationId()));
    JsonPath page = timeline(mother);
    assertThat(page.getList("items.findAll { it.aggregateId == '" + birth.registrationId() + "' }"))
        .hasSize(1);
    assertThat(
            page.getString(
                "items.find { it.aggregateId == '" + birth.registrationId() + "' }.role"))
        .isEqualTo("motherRef");
    assertThat(
            page.getString(
                "items.find { it.aggregateId == '" + birth.registrationId() + "' }.title"))
        .isEqualTo("Kelahiran dicatat oleh Disdukcapil");
    assertThat(timelineHas(TestTokens.citizen("anak", childNik).mint(), birth.registrationId()))
        .isTrue();
    assertThat(
            timelineHas(
                TestTokens.citizen("warga2", "1602130501010003").mint(), birth.registrationId()))
        .isFalse();

    String operator = TestTokens.user("kominfo1").roles("operator").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count(operator, "births", kecamatan) == 1);
    assertThat(count(operator, "births-late", kecamatan)).isEqualTo(1);
  }

  @Test
  void aRebuildFromTheTopicsGivesTheSameReadModels() {
    String kecamatan = freshKecamatan();
    for (int i = 0; i < 5; i++) {
      kafka
          .produceStrings()
          .fromRecords(
              record(
                  new DeathRegistered(
                      UUID.randomUUID().toString(),
                      UUID.randomUUID().toString(),
                      subjectRefs.of(String.format("160205010190%04d", i + 1)),
                      LocalDate.of(2026, 10, 1 + i),
                      kecamatan + "2001",
                      i % 2 == 0)))
          .awaitCompletion();
    }
    String admin = TestTokens.user("admin1").roles("admin").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count(admin, "deaths", kecamatan) == 5);
    String before = dashboardJson(admin);

    given().auth().oauth2(admin).when().post("/api/v1/read-models/rebuild").then().statusCode(202);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> dashboardJson(admin).equals(before));
    assertThat(count(admin, "deaths", kecamatan)).isEqualTo(5);
    assertThat(count(admin, "deaths-late", kecamatan)).isEqualTo(3);
  }

  @Test
  void healthFiguresCoverageCompletionAndPrevalence() {
    String kecamatan = freshKecamatan();
    String desa = kecamatan + "2001";
    LocalDate day = LocalDate.of(2026, 6, 10);
    String p1 = UUID.randomUUID().toString();
    String p2 = UUID.randomUUID().toString();
    send(new PregnancyRegistered(p1, "a".repeat(64), "P-160205", desa, day));
    send(new PregnancyRegistered(p2, "b".repeat(64), "P-160205", desa, day));
    send(new AncContactRecorded(p1, "a".repeat(64), 1, 1, true, day, "P-160205", desa));
    send(new AncContactRecorded(p2, "b".repeat(64), 1, 1, true, day, "P-160205", desa));
    send(
        new AncContactRecorded(p1, "a".repeat(64), 6, 3, false, day.plusDays(5), "P-160205", desa));
    // two live births a year earlier, one child completes the basic series in the period
    for (int i = 0; i < 2; i++) {
      send(
          new BirthReported(
              UUID.randomUUID().toString(),
              UUID.randomUUID().toString(),
              "c".repeat(64),
              day.minusYears(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7)),
              BirthReported.Outcome.LIVE_BIRTH,
              Sex.FEMALE,
              3000,
              490,
              "P-160205",
              desa));
    }
    send(
        new BasicImmunizationCompleted(
            UUID.randomUUID().toString(), null, null, day, "P-160205", desa));
    // growth: the latest assessment of each child counts
    String c1 = UUID.randomUUID().toString();
    String c2 = UUID.randomUUID().toString();
    send(
        new GrowthAssessed(
            c1,
            null,
            null,
            day,
            GrowthAssessed.Stunting.STUNTED,
            GrowthAssessed.Wasting.NORMAL,
            "P-160205",
            desa));
    send(
        new GrowthAssessed(
            c2,
            null,
            null,
            day,
            GrowthAssessed.Stunting.STUNTED,
            GrowthAssessed.Wasting.WASTED,
            "P-160205",
            desa));
    send(
        new GrowthAssessed(
            c2,
            null,
            null,
            day.plusDays(10),
            GrowthAssessed.Stunting.NORMAL,
            null,
            "P-160205",
            desa));

    String health = TestTokens.user("bidan1").roles("health-officer").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonPath d = dashboard(health, kecamatan, "2026-06", "2026-06");
              return d.getLong("indicators.'anc-k6-coverage'.numerator") == 1
                  && d.getLong("indicators.'stunting-prevalence'.denominator") == 2
                  && d.getLong("indicators.'immunization-complete-rate'.numerator") == 1;
            });
    JsonPath d = dashboard(health, kecamatan, "2026-06", "2026-06");
    assertThat(d.getDouble("indicators.'anc-k1-coverage'.value")).isEqualTo(1.0);
    assertThat(d.getDouble("indicators.'anc-k6-coverage'.value")).isEqualTo(0.5);
    assertThat(d.getDouble("indicators.'immunization-complete-rate'.value")).isEqualTo(0.5);
    assertThat(d.getDouble("indicators.'stunting-prevalence'.value"))
        .isEqualTo(0.5); // c2 recovered
    assertThat(d.getLong("indicators.'wasting-prevalence'.denominator"))
        .isEqualTo(1); // c2 not classified last
    assertThat(d.getDouble("indicators.'wasting-prevalence'.value")).isEqualTo(0.0);
  }

  @Test
  void aLiveBirthCountsInItsMonthInTheRegencysZone() {
    String kecamatan = freshKecamatan();
    // 30 June 17:30 UTC is 1 July 00:30 WIB: a July birth in OKI
    send(
        new BirthReported(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            "d".repeat(64),
            OffsetDateTime.parse("2026-06-30T17:30:00Z"),
            BirthReported.Outcome.LIVE_BIRTH,
            Sex.MALE,
            3200,
            500,
            "P-160205",
            kecamatan + "2001"));
    String operator = TestTokens.user("kominfo1").roles("operator").mint();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> total(dashboard(operator, kecamatan, "2026-07", "2026-07"), "live-births") == 1);
    assertThat(total(dashboard(operator, kecamatan, "2026-06", "2026-06"), "live-births")).isZero();
  }

  private static long total(JsonPath dashboard, String metric) {
    Object total = dashboard.get("metrics.'" + metric + "'.total");
    return total == null ? 0 : ((Number) total).longValue();
  }

  private void send(DomainEvent event) {
    kafka.produceStrings().fromRecords(record(event)).awaitCompletion();
  }

  private static JsonPath dashboard(String token, String kecamatan, String from, String to) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("kecamatan", kecamatan)
        .queryParam("from", from)
        .queryParam("to", to)
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void accessRules() {
    given()
        .when()
        .get("/api/v1/me/timeline")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.user("dukcapil1").roles("registry-officer").mint())
        .when()
        .get("/api/v1/me/timeline")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.citizen("warga1", "1602055708900001").mint())
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.user("kominfo1").roles("operator").mint())
        .queryParam("from", "2026-13")
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(TestTokens.user("kominfo1").roles("operator").mint())
        .when()
        .post("/api/v1/read-models/rebuild")
        .then()
        .statusCode(403);
  }

  private ProducerRecord<String, String> record(DomainEvent event) {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    try {
      return CloudEventRecords.of(
          type.topic().name(),
          type.ceType(),
          event.aggregateId(),
          json.writeValueAsString(event),
          UUID.randomUUID(),
          OffsetDateTime.now());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonPath timeline(String token) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("size", 100)
        .when()
        .get("/api/v1/me/timeline")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static boolean timelineHas(String token, String aggregateId) {
    return timeline(token).getList("items.aggregateId").contains(aggregateId);
  }

  private static long count(String token, String metric, String kecamatan) {
    Object total =
        given()
            .auth()
            .oauth2(token)
            .queryParam("kecamatan", kecamatan)
            .when()
            .get("/api/v1/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .path("metrics.'" + metric + "'.total");
    return total == null ? 0 : ((Number) total).longValue();
  }

  private static String dashboardJson(String token) {
    return given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}

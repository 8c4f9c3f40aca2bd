package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.ChildTestSupport;
import id.go.okikab.health.Kia;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Growth measurements: z-scores on the WHO daily tables, classes, and the stunting event. */
@QuarkusTest
class GrowthApiTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs refs;

  private static final String RISK = "id.go.okikab.health.GrowthRiskDetected.v1";

  @Test
  void aBoyOf730DaysAt80CentimetresIsNewlyStuntedOnce() {
    String mother = Kia.motherNik();
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, refs, mother, today().minusDays(730), Sex.MALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/growth-measurements";
    as(Kia.officer())
        .body(
            Map.of(
                "measuredOn",
                today().toString(),
                "lengthCm",
                80.0,
                "position",
                "LYING",
                "weightKg",
                10.2))
        .post(path)
        .then()
        .statusCode(201)
        .body("ageDays", equalTo(730))
        .body("adjustedLengthCm", equalTo(80.0f))
        .body("indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.z", equalTo(-2.55f))
        .body(
            "indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.growthClass",
            equalTo("STUNTED"))
        .body(
            "indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.classLabel",
            equalTo("pendek"))
        .body(
            "indices.find { it.indicator == 'HEAD_CIRCUMFERENCE_FOR_AGE' }.status",
            equalTo("NOT_COMPUTED"));
    // still stunted a little later: not news
    as(Kia.officer())
        .body(Map.of("measuredOn", today().toString(), "lengthCm", 80.5, "position", "LYING"))
        .post(path)
        .then()
        .statusCode(201)
        .body(
            "indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.growthClass",
            equalTo("STUNTED"));
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      List<ConsumerRecord<String, String>> risks =
          probe.await(
              r -> child.equals(r.key()) && RISK.equals(header(r, "ce_type")),
              1,
              Duration.ofSeconds(20));
      assertThat(
              probe.drain(
                  r -> child.equals(r.key()) && RISK.equals(header(r, "ce_type")),
                  Duration.ofSeconds(2)))
          .hasSize(1);
      assertThat(risks.get(0).value())
          .contains(
              "\"indicator\":\"LENGTH_HEIGHT_FOR_AGE\"",
              "\"riskClass\":\"STUNTED\"",
              "\"measuredOn\":\"" + today() + "\"")
          .doesNotContain("80.0", "-2.55", "10.2", "lengthCm", "weightKg", "\"z\"");
    }
    try (TopicProbe probe = TopicProbe.of("health.child.v1")) {
      List<ConsumerRecord<String, String>> assessed =
          probe.await(
              r ->
                  child.equals(r.key())
                      && "id.go.okikab.health.GrowthAssessed.v1".equals(header(r, "ce_type")),
              2,
              Duration.ofSeconds(20));
      // every measurement: classes only, the wasting class only when weight and length were given
      assertThat(assessed.get(0).value())
          .contains("\"stunting\":\"STUNTED\"", "\"wasting\":")
          .doesNotContain("80.0", "-2.55", "10.2", "lengthCm", "weightKg");
      assertThat(assessed.get(1).value())
          .contains("\"stunting\":\"STUNTED\"")
          .contains("\"wasting\":null");
    }
    as(Kia.citizen(mother)).get(path).then().statusCode(200).body("", hasSize(2));
    as(Kia.citizen(Kia.motherNik())).get(path).then().statusCode(404);
    as(Kia.citizen(mother))
        .get("/api/v1/children/" + child)
        .then()
        .statusCode(200)
        .body("latestGrowth.lengthCm", equalTo(80.5f));
  }

  @Test
  void at731DaysALyingMeasurementIsReadAsStandingHeight() {
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, refs, Kia.motherNik(), today().minusDays(731), Sex.MALE, Kia.DESA);
    as(Kia.officer())
        .body(Map.of("measuredOn", today().toString(), "lengthCm", 80.0, "position", "LYING"))
        .post("/api/v1/children/" + child + "/growth-measurements")
        .then()
        .statusCode(201)
        .body("adjustedLengthCm", equalTo(79.3f))
        .body("indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.z", equalTo(-2.56f));
  }

  @Test
  void aWastedGirlAndImplausibleValues() {
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, refs, Kia.motherNik(), today().minusDays(365), Sex.FEMALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/growth-measurements";
    as(Kia.officer())
        .body(
            Map.of(
                "measuredOn",
                today().toString(),
                "lengthCm",
                68.0,
                "position",
                "LYING",
                "weightKg",
                7.0))
        .post(path)
        .then()
        .statusCode(201)
        .body("indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.z", equalTo(-2.33f))
        .body("indices.find { it.indicator == 'WEIGHT_FOR_AGE' }.z", equalTo(-2.05f))
        .body(
            "indices.find { it.indicator == 'WEIGHT_FOR_AGE' }.growthClass",
            equalTo("UNDERWEIGHT"));
    as(Kia.officer())
        .body(Map.of("measuredOn", today().toString(), "lengthCm", 120.0, "position", "LYING"))
        .post(path)
        .then()
        .statusCode(201)
        .body(
            "indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.status",
            equalTo("IMPLAUSIBLE"))
        .body("indices.find { it.indicator == 'LENGTH_HEIGHT_FOR_AGE' }.growthClass", nullValue());
  }

  @Test
  void badMeasurementsNameTheFieldAndTheRule() {
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, refs, Kia.motherNik(), today().minusDays(200), Sex.FEMALE, Kia.DESA);
    String path = "/api/v1/children/" + child + "/growth-measurements";
    reject(
        path,
        Map.of("measuredOn", today().toString(), "lengthCm", 65.0),
        422,
        "position-required",
        "position");
    reject(path, Map.of("measuredOn", today().toString()), 422, "measurement-empty", "weightKg");
    reject(
        path,
        Map.of("measuredOn", today().minusDays(201).toString(), "weightKg", 7.0),
        422,
        "measured-before-birth",
        "measuredOn");
    reject(
        path,
        Map.of("measuredOn", today().plusDays(1).toString(), "weightKg", 7.0),
        422,
        "measured-in-future",
        "measuredOn");
    reject(
        path,
        Map.of("measuredOn", today().toString(), "weightKg", 75.0),
        400,
        "validation",
        "weightKg");
    reject(
        path,
        Map.of("measuredOn", today().toString(), "lengthCm", 10.0, "position", "LYING"),
        400,
        "validation",
        "lengthCm");
    reject(
        path,
        Map.of("measuredOn", today().toString(), "lengthCm", 65.0, "position", "SITTING"),
        400,
        "malformed-request",
        null);
    as(Kia.officer()).get(path).then().body("", hasSize(0));
  }

  private static void reject(
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

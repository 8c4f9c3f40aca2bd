package id.go.okikab.health.messaging;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.health.HealthEvents;
import id.go.okikab.health.CivilRegistryRecords;
import id.go.okikab.health.Kia;
import id.go.okikab.health.service.MissedVisitCheck;
import id.go.okikab.health.service.OverdueCheck;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A whole KIA story with names, NIKs and clinical values in its requests; then every event it put
 * on the health topics, and every log line it wrote, is scanned: no 16-digit NIK-like string, no
 * name or free text, no clinical value (other than BirthReported's weight and length), no field the
 * catalogued record does not declare.
 */
@QuarkusTest
class EventPrivacyTest {

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
  private static final Pattern IDENTIFIERS =
      Pattern.compile(
          "\\b[0-9a-f]{64}\\b|\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
  private static final String NAME = "Siti Aminah binti Ahmad";
  private static final Set<String> CLINICAL_FIELDS =
      Set.of(
          "weightKg",
          "systolicMmHg",
          "diastolicMmHg",
          "lilaCm",
          "hbGramsPerDecilitre",
          "fundalHeightCm",
          "notes",
          "lengthCm",
          "headCircumferenceCm",
          "z",
          "ksprScore",
          "riskFactors",
          "factors",
          "heightCm",
          "hpht",
          "motherAgeYears",
          "batchNumber");

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs refs;
  @Inject OverdueCheck overdueCheck;
  @Inject MissedVisitCheck missedVisitCheck;

  @Test
  void healthEventsAndLogsCarryNoNikNameOrClinicalValue() throws Exception {
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
              message = message + " " + java.util.Arrays.toString(record.getParameters());
            }
            logged.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    String nik = Kia.motherNik();
    Set<String> aggregates = new HashSet<>();
    try {
      String pregnancy = Kia.registered(nik, 266 + 12).getString("id");
      aggregates.add(pregnancy);
      as(Kia.officer())
          .body(
              Map.of(
                  "visitDate",
                  today().minusDays(100).toString(),
                  "withDoctor",
                  true,
                  "weightKg",
                  61.3,
                  "systolicMmHg",
                  150,
                  "diastolicMmHg",
                  95,
                  "lilaCm",
                  21.7,
                  "hbGramsPerDecilitre",
                  9.7,
                  "fundalHeightCm",
                  24.5,
                  "notes",
                  NAME + " mengeluh pusing"))
          .post("/api/v1/pregnancies/" + pregnancy + "/anc-contacts")
          .then()
          .statusCode(201);
      var delivery =
          as(Kia.officer())
              .body(
                  Kia.delivery(
                      Kia.baby(
                          today().minusDays(12).atTime(3, 15).atOffset(Kia.WIB),
                          "LIVE_BIRTH",
                          "FEMALE")))
              .header("If-Match", Kia.etag(pregnancy))
              .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      String child = delivery.getString("babies[0].childId");
      aggregates.add(child);
      String childNik = Kia.childNik(today().minusDays(12), Sex.FEMALE);
      kafka
          .produceStrings()
          .fromRecords(
              CivilRegistryRecords.record(
                  json,
                  CivilRegistryRecords.birth(
                      refs.of(childNik),
                      refs.of(nik),
                      null,
                      today().minusDays(12),
                      Sex.FEMALE,
                      Kia.DESA,
                      child)))
          .awaitCompletion();
      as(Kia.officer())
          .body(
              Map.of(
                  "vaccine",
                  "HB0",
                  "givenOn",
                  today().minusDays(12).toString(),
                  "batchNumber",
                  "HB-7781"))
          .post("/api/v1/children/" + child + "/immunizations")
          .then()
          .statusCode(201);
      as(Kia.officer())
          .body(
              Map.of(
                  "measuredOn",
                  today().toString(),
                  "weightKg",
                  2.05,
                  "lengthCm",
                  44.6,
                  "position",
                  "LYING",
                  "headCircumferenceCm",
                  31.3))
          .post("/api/v1/children/" + child + "/growth-measurements")
          .then()
          .statusCode(201);
      missedVisitCheck.reportMissed();
      overdueCheck.reportOverdue();
      as(Kia.officer()).get("/api/v1/pregnancies/" + pregnancy).then().statusCode(200);
      as(Kia.officer())
          .body(Map.of("motherNik", nik))
          .post("/api/v1/pregnancies/lookup")
          .then()
          .statusCode(200);
    } finally {
      root.removeHandler(capture);
    }

    List<ConsumerRecord<String, String>> events;
    try (TopicProbe probe =
        TopicProbe.of(HealthEvents.PREGNANCY.name(), HealthEvents.CHILD.name())) {
      probe.await(
          r -> aggregates.contains(r.key()) && r.topic().equals(HealthEvents.CHILD.name()),
          2,
          Duration.ofSeconds(30));
      events = probe.drain(r -> aggregates.contains(r.key()), Duration.ofSeconds(2));
    }
    Set<String> types = new HashSet<>();
    for (ConsumerRecord<String, String> record : events) {
      String type = header(record, "ce_type");
      types.add(type.replaceAll("^id\\.go\\.okikab\\.health\\.|\\.v1$", ""));
      // random identifiers (subjectRefs, UUIDs) may contain any digits: look past them
      String values = IDENTIFIERS.matcher(record.value()).replaceAll("#");
      assertThat(values)
          .as(type)
          .doesNotContainPattern(SIXTEEN_DIGITS)
          .doesNotContain(NAME, "pusing", "HB-7781");
      for (Header h : record.headers()) {
        String header = new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(IDENTIFIERS.matcher(header).replaceAll("#"))
            .doesNotContainPattern(SIXTEEN_DIGITS);
      }
      EventCatalog.EventType catalogued = PlatformEvents.CATALOG.forCeType(type).orElseThrow();
      assertThat(catalogued.topic().restricted()).isTrue();
      Set<String> declared = new HashSet<>();
      for (RecordComponent c : catalogued.javaType().getRecordComponents()) {
        declared.add(c.getName());
      }
      JsonNode body = json.readTree(record.value());
      for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        assertThat(declared).as("%s.%s", type, field).contains(field);
        assertThat(CLINICAL_FIELDS).as("%s.%s", type, field).doesNotContain(field);
      }
      if (!type.endsWith("BirthReported.v1")) {
        assertThat(values).as(type).doesNotContain("3100", "495");
      }
      for (String value :
          List.of("61.3", "21.7", "9.7", "24.5", "2.05", "44.6", "31.3", "150", "\"95\"")) {
        assertThat(values).as(type).doesNotContain(value);
      }
    }
    assertThat(types)
        .contains(
            "PregnancyRegistered",
            "AncContactRecorded",
            "HighRiskPregnancyFlagged",
            "BirthReported",
            "PostnatalVisitMissed",
            "ImmunizationGiven",
            "GrowthAssessed",
            "GrowthRiskDetected");
    assertThat(logged).isNotEmpty();
    for (String line : logged) {
      assertThat(line).doesNotContain(nik).doesNotContain(NAME).doesNotContain("pusing");
    }
  }
}

package id.go.okikab.civilregistry.messaging;

import static id.go.okikab.civilregistry.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.civilregistry.Fixtures.Person;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * health.BirthReported → a DRAFT birth registration, with real records produced onto
 * health.pregnancy.v1 as the health service publishes them (CloudEvents headers, JSON body); and
 * the consumer's rename (group and inbox rows) absorbing the redelivery.
 */
@QuarkusTest
class HealthConsumerTest {

  static final String TOPIC = "health.pregnancy.v1";
  static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(7));

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject SubjectRefs subjectRefs;
  @Inject EntityManager entityManager;

  @Test
  void aLiveBirthOpensAPrefilledDraftThatTheMotherCompletesAndAnOfficerRegisters() {
    Household household = Fixtures.household();
    String pregnancyId = UUID.randomUUID().toString();
    String childId = UUID.randomUUID().toString();
    OffsetDateTime bornAt = NOW.minusDays(3).withHour(23).withMinute(40).withSecond(0).withNano(0);
    produce(
        UUID.randomUUID(),
        pregnancyId,
        report(
            pregnancyId,
            childId,
            subjectRefs.of(household.wife().nik()),
            bornAt,
            "LIVE_BIRTH",
            "FEMALE",
            "16.02.05.1001"),
        NOW);

    String id = awaitRegistration(childId);
    String path = "/api/v1/birth-registrations/" + id;
    JsonPath draft =
        as(Fixtures.officer())
            .get(path)
            .then()
            .statusCode(200)
            .body("status", equalTo("DRAFT"))
            .body("channel", equalTo("HEALTH"))
            .body("familyId", equalTo(household.familyId()))
            .body("mother.residentId", equalTo(household.wife().id()))
            .body("child.sex", equalTo("FEMALE"))
            .body("child.birthDate", equalTo(bornAt.toLocalDate().toString()))
            .body("child.birthTime", equalTo("23:40:00"))
            .body("child.birthDesaCode", equalTo("1602051001"))
            .body("child.birthPlace", equalTo("Jua-jua"))
            .body("healthChildId", equalTo(childId))
            .body("late", equalTo(false))
            .body("history[0].actor", equalTo("health.BirthReported"))
            .extract()
            .jsonPath();
    assertThat(draft.getString("child.name")).isNull();

    // the mother completes it (her family's card, the child's name): SUBMITTED
    Map<String, Object> completion =
        Fixtures.birth(
            household.familyId(), null, household.head().id(), bornAt.toLocalDate(), Sex.FEMALE);
    String etag =
        as(household.wife().token()).get(path).then().statusCode(200).extract().header("ETag");
    as(household.wife().token())
        .header("If-Match", etag)
        .body(completion)
        .post(path + "/submission")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("mother.residentId", equalTo(household.wife().id()));
    Fixtures.verifyAndApprove(path);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/registration")
        .then()
        .statusCode(200)
        .body("status", equalTo("REGISTERED"));

    try (TopicProbe probe = TopicProbe.of("civil-registry.birth.v1")) {
      JsonPath registered =
          JsonPath.from(
              probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value());
      assertThat(registered.getString("healthChildId")).isEqualTo(childId);
      assertThat(registered.getString("motherRef"))
          .isEqualTo(subjectRefs.of(household.wife().nik()));
    }
  }

  @Test
  void aRepeatedReportOpensOneRegistrationAndAStillbirthOpensNone() {
    Household household = Fixtures.household();
    String mother = subjectRefs.of(household.wife().nik());
    String pregnancyId = UUID.randomUUID().toString();
    String childId = UUID.randomUUID().toString();
    UUID eventId = UUID.randomUUID();
    String live =
        report(pregnancyId, childId, mother, NOW.minusDays(1), "LIVE_BIRTH", "MALE", "1602052011");
    // twins: one stillborn (no childId), one alive; the live report arrives twice with one ce_id
    // and once more with another ce_id (a health-side retry)
    produce(
        UUID.randomUUID(),
        pregnancyId,
        report(pregnancyId, null, mother, NOW.minusDays(1), "STILLBIRTH", "FEMALE", "1602052011"),
        NOW);
    produce(eventId, pregnancyId, live, NOW);
    produce(eventId, pregnancyId, live, NOW);
    produce(UUID.randomUUID(), pregnancyId, live, NOW);
    // an event type the registry does not handle, then a marker behind it on the same partition
    produceRaw(
        UUID.randomUUID(),
        pregnancyId,
        "id.go.okikab.health.PregnancyRegistered.v1",
        "{\"pregnancyId\":\"" + pregnancyId + "\"}");
    String marker = UUID.randomUUID().toString();
    produce(
        UUID.randomUUID(),
        pregnancyId,
        report(pregnancyId, marker, mother, NOW.minusDays(1), "LIVE_BIRTH", "MALE", "1602052011"),
        NOW);

    awaitRegistration(marker);
    assertThat(registrationsOfPregnancy(pregnancyId)).isEqualTo(2); // the live twin and the marker
    assertThat(registrationsOfChild(childId)).isEqualTo(1);
  }

  @Test
  void aMotherWhoIsNotAResidentGivesADraftWithoutFamilyAndALateReportIsLate() {
    String mother =
        subjectRefs.of(Fixtures.nik("160213", Sex.FEMALE, java.time.LocalDate.of(1995, 5, 5)));
    String pregnancyId = UUID.randomUUID().toString();
    String childId = UUID.randomUUID().toString();
    produce(
        UUID.randomUUID(),
        pregnancyId,
        report(pregnancyId, childId, mother, NOW.minusDays(70), "LIVE_BIRTH", "MALE", "1671011001"),
        NOW);
    String id = awaitRegistration(childId);
    as(Fixtures.officer())
        .get("/api/v1/birth-registrations/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("familyId", equalTo(null))
        .body("mother", equalTo(null))
        .body("late", equalTo(true))
        .body("child.birthDesaCode", equalTo("1671011001"));

    // an officer completes it onto a family card; the mother is named, her subjectRef kept
    Person newMother = Fixtures.adult(Sex.FEMALE);
    String familyId =
        Fixtures.createFamily(List.of(Fixtures.member(newMother.id(), "1"))).path("id");
    Map<String, Object> completion =
        Fixtures.birth(familyId, null, null, NOW.minusDays(70).toLocalDate(), Sex.MALE);
    completion.put("mother", Map.of("name", "Ibu Kandung"));
    String path = "/api/v1/birth-registrations/" + id;
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(completion)
        .post(path + "/submission")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("late", equalTo(true));
  }

  @Test
  void aReportThatCanNeverApplyGoesToTheDeadLetterTopic() {
    String pregnancyId = UUID.randomUUID().toString();
    UUID eventId = UUID.randomUUID();
    produce(
        eventId,
        pregnancyId,
        report(
            pregnancyId,
            UUID.randomUUID().toString(),
            "not-a-subject-ref",
            NOW,
            "LIVE_BIRTH",
            "MALE",
            "1602052011"),
        NOW);
    UUID noOutcome = UUID.randomUUID();
    produce(
        noOutcome,
        pregnancyId,
        report(
                pregnancyId,
                UUID.randomUUID().toString(),
                "ab".repeat(32),
                NOW,
                "LIVE_BIRTH",
                "MALE",
                "1602052011")
            .replace("\"outcome\":\"LIVE_BIRTH\",", ""),
        NOW);
    try (TopicProbe probe = TopicProbe.of(TOPIC + ".dlq")) {
      assertThat(
              TopicProbe.header(
                  probe
                      .await(
                          r -> noOutcome.toString().equals(TopicProbe.header(r, "ce_id")),
                          1,
                          Duration.ofSeconds(30))
                      .get(0),
                  "dlq_error"))
          .contains("outcome is required");
      ConsumerRecord<String, String> dead =
          probe
              .await(
                  r -> eventId.toString().equals(TopicProbe.header(r, "ce_id")),
                  1,
                  Duration.ofSeconds(30))
              .get(0);
      assertThat(TopicProbe.header(dead, "dlq_consumer")).isEqualTo(HealthConsumer.CONSUMER);
      assertThat(TopicProbe.header(dead, "dlq_error")).contains("motherRef is not a subjectRef");
    }
  }

  @Test
  void theConsumerIsTheServiceAndAnEventTheOldGroupAppliedIsNotAppliedAgain() throws Exception {
    assertThat(
            ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.health-pregnancy.group.id", String.class))
        .isEqualTo(HealthConsumer.CONSUMER)
        .isEqualTo("civil-registry-service");
    // an event the consumer applied under its old name, before V6 renamed its inbox rows
    UUID applied = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, event_type, topic)"
                            + " VALUES ('civil-registry-health-births', ?1,"
                            + " 'id.go.okikab.health.BirthReported.v1', 'health.pregnancy.v1')")
                    .setParameter(1, applied)
                    .executeUpdate());
    String migration;
    try (InputStream in =
        getClass().getResourceAsStream("/db/migration/V6__health_consumer_renamed.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String update =
        migration.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(update).executeUpdate());

    // the new group receives it again (earliest), then a new report of the same pregnancy
    Household household = Fixtures.household();
    String pregnancyId = UUID.randomUUID().toString();
    String redelivered = UUID.randomUUID().toString();
    String fresh = UUID.randomUUID().toString();
    String motherRef = subjectRefs.of(household.wife().nik());
    OffsetDateTime bornAt = NOW.minusDays(1).withNano(0);
    produce(
        applied,
        pregnancyId,
        report(pregnancyId, redelivered, motherRef, bornAt, "LIVE_BIRTH", "MALE", "16.02.05.1001"),
        NOW);
    produce(
        UUID.randomUUID(),
        pregnancyId,
        report(pregnancyId, fresh, motherRef, bornAt, "LIVE_BIRTH", "MALE", "16.02.05.1001"),
        NOW);
    awaitRegistration(fresh);
    // same key, same partition: the first record was handled before the second
    assertThat(registrationsOfChild(redelivered)).isZero();
  }

  // ---- helpers

  static String report(
      String pregnancyId,
      String childId,
      String motherRef,
      OffsetDateTime bornAt,
      String outcome,
      String sex,
      String desa) {
    return "{\"pregnancyId\":\""
        + pregnancyId
        + "\","
        + (childId == null ? "" : "\"childId\":\"" + childId + "\",")
        + "\"motherRef\":\""
        + motherRef
        + "\","
        + "\"bornAt\":\""
        + bornAt
        + "\","
        + "\"outcome\":\""
        + outcome
        + "\","
        + "\"sex\":\""
        + sex
        + "\","
        + "\"weightGrams\":3100,\"lengthMillimetres\":490,"
        + "\"facilityCode\":\"P-160205\","
        + "\"desaCode\":\""
        + desa
        + "\"}";
  }

  void produce(UUID eventId, String key, String body, OffsetDateTime time) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, body);
    headers(record, eventId, "id.go.okikab.health.BirthReported.v1", key);
    record.headers().add("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
    kafka.produceStrings().fromRecords(record).awaitCompletion();
  }

  void produceRaw(UUID eventId, String key, String type, String body) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, body);
    headers(record, eventId, type, key);
    kafka.produceStrings().fromRecords(record).awaitCompletion();
  }

  static void headers(
      ProducerRecord<String, String> record, UUID eventId, String type, String subject) {
    record
        .headers()
        .add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8))
        .add("ce_type", type.getBytes(StandardCharsets.UTF_8))
        .add("ce_source", "/health-service".getBytes(StandardCharsets.UTF_8))
        .add("ce_subject", subject.getBytes(StandardCharsets.UTF_8))
        .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
        .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
  }

  String awaitRegistration(String healthChildId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> registrationsOfChild(healthChildId) == 1);
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT CAST(id AS text) FROM birth_registration WHERE health_child_id = ?1",
                        String.class)
                    .setParameter(1, healthChildId)
                    .getSingleResult()
                    .toString());
  }

  long registrationsOfChild(String healthChildId) {
    return count("health_child_id", healthChildId);
  }

  long registrationsOfPregnancy(String pregnancyId) {
    return count("health_pregnancy_id", pregnancyId);
  }

  long count(String column, String value) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM birth_registration WHERE " + column + " = ?1")
                            .setParameter(1, value)
                            .getSingleResult())
                    .longValue());
  }
}

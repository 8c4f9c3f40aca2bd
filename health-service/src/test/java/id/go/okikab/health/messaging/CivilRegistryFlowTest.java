package id.go.okikab.health.messaging;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.today;
import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.CivilRegistryRecords;
import id.go.okikab.health.Kia;
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
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * civil-registry.BirthRegistered (real records on civil-registry.birth.v1) → the child's record
 * linked to its NIK and its schedule confirmed; DeathRegistered → open records closed.
 */
@QuarkusTest
class CivilRegistryFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs subjectRefs;

  @Test
  void aRegisteredBirthLinksTheChildRecordNamedByHealthChildId() {
    String mother = Kia.motherNik();
    String child = Kia.delivered(mother, 3).getString("babies[0].childId");
    String childNik = childNik();
    String father = Kia.manNik();
    var birth =
        CivilRegistryRecords.birth(
            subjectRefs.of(childNik),
            subjectRefs.of(mother),
            subjectRefs.of(father),
            today().minusDays(3),
            Sex.FEMALE,
            Kia.DESA,
            child);
    UUID eventId = UUID.randomUUID();
    kafka
        .produceStrings()
        .fromRecords(CivilRegistryRecords.record(json, birth, eventId))
        .awaitCompletion();

    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(Kia.officer())
                    .get("/api/v1/children/" + child)
                    .then()
                    .statusCode(200)
                    .body("linkedToCivilRegistry", equalTo(true))
                    .body("childRef", equalTo(subjectRefs.of(childNik))));
    // the father and the child (by the child's NIK) now reach the record too
    as(Kia.citizen(father)).get("/api/v1/children/" + child).then().statusCode(200);
    as(Kia.citizen(father))
        .get("/api/v1/children")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(child));
    as(Kia.officer())
        .get("/api/v1/children/" + child + "/immunizations")
        .then()
        .body("doses", hasSize(20));

    // the same event again (at-least-once delivery) changes nothing
    kafka
        .produceStrings()
        .fromRecords(CivilRegistryRecords.record(json, birth, eventId))
        .awaitCompletion();
    as(Kia.officer())
        .get("/api/v1/children/" + child)
        .then()
        .body("childRef", equalTo(subjectRefs.of(childNik)));
  }

  @Test
  void withoutHealthChildIdTheMothersUnlinkedChildOfThatDayAndSexIsLinked() {
    String mother = Kia.motherNik();
    JsonPath delivered = Kia.delivered(mother, 5);
    String child = delivered.getString("babies[0].childId");
    LocalDate born = LocalDate.parse(delivered.getString("babies[0].bornAt").substring(0, 10));
    String childNik = childNik();
    var birth =
        CivilRegistryRecords.birth(
            subjectRefs.of(childNik),
            subjectRefs.of(mother),
            null,
            born,
            Sex.FEMALE,
            Kia.DESA,
            null);
    kafka.produceStrings().fromRecords(CivilRegistryRecords.record(json, birth)).awaitCompletion();
    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(Kia.officer())
                    .get("/api/v1/children/" + child)
                    .then()
                    .body("childRef", equalTo(subjectRefs.of(childNik))));
  }

  @Test
  void aRegisteredBirthWithNoRecordHereOpensOneWithItsSchedule() {
    String mother = Kia.motherNik();
    LocalDate born = today().minusDays(100);
    var birth =
        CivilRegistryRecords.birth(
            subjectRefs.of(childNik()),
            subjectRefs.of(mother),
            null,
            born,
            Sex.MALE,
            "1602052013",
            null);
    kafka.produceStrings().fromRecords(CivilRegistryRecords.record(json, birth)).awaitCompletion();
    String child =
        Awaitility.await()
            .atMost(WAIT)
            .until(
                () ->
                    as(Kia.citizen(mother))
                        .get("/api/v1/children")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class),
                ids -> ids.size() == 1)
            .get(0);
    as(Kia.citizen(mother))
        .get("/api/v1/children/" + child)
        .then()
        .statusCode(200)
        .body("origin", equalTo("CIVIL_REGISTRY"))
        .body("birthDate", equalTo(born.toString()))
        .body("ageDays", equalTo(100))
        .body("desaCode", equalTo("1602052013"))
        .body("basicImmunization.status", equalTo("IN_PROGRESS"))
        .body("nextVaccines.vaccine", org.hamcrest.Matchers.hasItems("BCG", "OPV", "DPT-HB-HIB"));
  }

  @Test
  void aDeathClosesTheMothersOngoingPregnancyAndTheChildsRecord() {
    String mother = Kia.motherNik();
    String pregnancy = Kia.registered(mother, 120).getString("id");
    String otherMother = Kia.motherNik();
    String child = Kia.delivered(otherMother, 4).getString("babies[0].childId");
    String childNik = childNik();
    kafka
        .produceStrings()
        .fromRecords(
            CivilRegistryRecords.record(
                json,
                CivilRegistryRecords.birth(
                    subjectRefs.of(childNik),
                    subjectRefs.of(otherMother),
                    null,
                    today().minusDays(4),
                    Sex.FEMALE,
                    Kia.DESA,
                    child)))
        .awaitCompletion();
    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(Kia.officer())
                    .get("/api/v1/children/" + child)
                    .then()
                    .body("linkedToCivilRegistry", equalTo(true)));

    kafka
        .produceStrings()
        .fromRecords(
            CivilRegistryRecords.record(
                json, CivilRegistryRecords.death(subjectRefs.of(mother), today())),
            CivilRegistryRecords.record(
                json, CivilRegistryRecords.death(subjectRefs.of(childNik), today())))
        .awaitCompletion();
    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(Kia.officer())
                    .get("/api/v1/pregnancies/" + pregnancy)
                    .then()
                    .body("status", equalTo("CLOSED"))
                    .body("closedReason", equalTo("MOTHER_DECEASED")));
    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(Kia.officer())
                    .get("/api/v1/children/" + child)
                    .then()
                    .body("status", equalTo("CLOSED"))
                    .body("nextVaccines", hasSize(0))
                    .body(
                        "neonatalVisits.status",
                        org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.oneOf("CANCELLED", "DONE", "DONE_LATE"))));
    as(Kia.officer())
        .body(java.util.Map.of("vaccine", "BCG", "givenOn", today().toString()))
        .post("/api/v1/children/" + child + "/immunizations")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/child-record-closed"));
    // the other mother's records stay open
    as(Kia.citizen(otherMother))
        .get("/api/v1/pregnancies")
        .then()
        .body("items[0].status", equalTo("DELIVERED"));
  }

  @Test
  void aRecordThatContradictsThisServiceGoesToTheDeadLetterTopic() {
    var birth =
        CivilRegistryRecords.birth(
            subjectRefs.of(childNik()),
            subjectRefs.of(Kia.motherNik()),
            null,
            today(),
            Sex.MALE,
            Kia.DESA,
            UUID.randomUUID().toString());
    UUID eventId = UUID.randomUUID();
    kafka
        .produceStrings()
        .fromRecords(CivilRegistryRecords.record(json, birth, eventId))
        .awaitCompletion();
    try (TopicProbe probe = TopicProbe.of("civil-registry.birth.v1.dlq")) {
      var dead = probe.await(r -> eventId.toString().equals(header(r, "ce_id")), 1, WAIT).get(0);
      assertThat(header(dead, "dlq_consumer")).isEqualTo("health-service");
      assertThat(header(dead, "dlq_error")).contains("healthChildId names no child record");
    }
  }

  private static String childNik() {
    return Kia.childNik(today().minusDays(3), Sex.FEMALE);
  }
}

package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.TYPE;
import static id.go.okikab.civilregistry.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** /api/v1/moves: within, out of and into OKI. */
@QuarkusTest
class MovesTest {

  static final Map<String, Object> TEBING_SULUH_ADDRESS =
      Map.of("desaCode", "16.02.13.2005", "rt", "003", "rw", "001", "street", "Jl. Desa");

  @Test
  void aWholeFamilyMovesWithinOkiAndGetsANewKkNumberOfItsNewKecamatan() {
    Household household = Fixtures.household();
    String familyPath = "/api/v1/families/" + household.familyId();
    String kkBefore = as(Fixtures.officer()).get(familyPath).then().extract().path("kkNumber");
    JsonPath move =
        as(Fixtures.officer())
            .body(
                Map.of(
                    "familyId",
                    household.familyId(),
                    "newAddress",
                    TEBING_SULUH_ADDRESS,
                    "reason",
                    "pindah kerja"))
            .post("/api/v1/moves/within-regency")
            .then()
            .statusCode(201)
            .body("kind", equalTo("WITHIN_REGENCY"))
            .body("number", matchesPattern("1602-PD-\\d{8}-\\d{4}"))
            .body("fromDesaCode", equalTo(Fixtures.KIJANG_ULU))
            .body("toDesaCode", equalTo("1602132005"))
            .body("familyId", equalTo(household.familyId()))
            .extract()
            .jsonPath();
    assertThat(move.getList("residentIds")).hasSize(3);
    String kkAfter =
        as(Fixtures.officer())
            .get(familyPath)
            .then()
            .body("address.kecamatanName", equalTo("Lempuing"))
            .extract()
            .path("kkNumber");
    assertThat(kkAfter).isNotEqualTo(kkBefore).startsWith("160213");
    as(Fixtures.officer())
        .get("/api/v1/residents/" + household.child().id())
        .then()
        .body("address.desaCode", equalTo("1602132005"));
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      ConsumerRecord<String, String> event =
          probe
              .await(
                  r -> household.head().id().equals(r.key()) && r.value().contains("toDesaCode"),
                  1,
                  Duration.ofSeconds(30))
              .get(0);
      assertThat(TopicProbe.header(event, "ce_type"))
          .isEqualTo("id.go.okikab.civil-registry.ResidentMovedWithinRegency.v1");
      assertThat(event.value())
          .contains("\"fromDesaCode\":\"1602052011\"")
          .contains("\"toDesaCode\":\"1602132005\"");
    }
    as(Fixtures.officer()).get("/api/v1/moves/" + move.getString("id")).then().statusCode(200);
  }

  @Test
  void someMembersMoveAndFoundAFamilyTheHeadLeavingNeedsARemainingHead() {
    Household household = Fixtures.household();
    Map<String, Object> request = new HashMap<>();
    request.put("familyId", household.familyId());
    request.put("members", List.of(Fixtures.member(household.head().id(), "1")));
    request.put("newAddress", TEBING_SULUH_ADDRESS);
    request.put("reason", "merantau");
    as(Fixtures.officer())
        .body(request)
        .post("/api/v1/moves/within-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "remaining-head-required"));
    request.put("remainingHeadResidentId", household.wife().id());
    String newFamily =
        as(Fixtures.officer())
            .body(request)
            .post("/api/v1/moves/within-regency")
            .then()
            .statusCode(201)
            .extract()
            .path("familyId");
    assertThat(newFamily).isNotEqualTo(household.familyId());
    as(Fixtures.officer())
        .get("/api/v1/families/" + household.familyId())
        .then()
        .body("headResidentId", equalTo(household.wife().id()));
    as(Fixtures.officer())
        .get("/api/v1/families/" + newFamily)
        .then()
        .body("headResidentId", equalTo(household.head().id()))
        .body("address.desaCode", equalTo("1602132005"));
  }

  @Test
  void movingOutGivesMovedOutAnSkpwniAndTheEvent() {
    Household household = Fixtures.household();
    JsonPath move =
        as(Fixtures.officer())
            .body(
                Map.of(
                    "residentIds",
                    List.of(household.child().id()),
                    "destinationRegencyCode",
                    "16.71",
                    "reason",
                    "sekolah"))
            .post("/api/v1/moves/out-of-regency")
            .then()
            .statusCode(201)
            .body("kind", equalTo("OUT_OF_REGENCY"))
            .body("destinationRegencyCode", equalTo("1671"))
            .body("certificate.type", equalTo("SKPWNI"))
            .body("skpwniNumber", matchesPattern("1602-PWNI-\\d{8}-\\d{4}"))
            .extract()
            .jsonPath();
    as(Fixtures.officer())
        .get("/api/v1/residents/" + household.child().id())
        .then()
        .body("status", equalTo("MOVED_OUT"));
    as(Fixtures.officer())
        .get("/api/v1/families/" + household.familyId())
        .then()
        .body("members.residentId", not(hasItem(household.child().id())));
    given()
        .get("/api/v1/certificates/verify/" + move.getString("certificate.verificationCode"))
        .then()
        .statusCode(200)
        .body("documentType", equalTo("SKPWNI"));
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      ConsumerRecord<String, String> event =
          probe
              .await(
                  r ->
                      household.child().id().equals(r.key())
                          && r.value().contains("destinationRegencyCode"),
                  1,
                  Duration.ofSeconds(30))
              .get(0);
      assertThat(event.value()).contains("\"destinationRegencyCode\":\"1671\"");
    }
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "1671",
                "reason",
                "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "resident-not-alive"));
  }

  @Test
  void moveOutRules() {
    Household household = Fixtures.household();
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "1602",
                "reason",
                "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "regency-is-this-regency"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "1699",
                "reason",
                "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "regency-unknown"))
        .body("errors[0].field", equalTo("destinationRegencyCode"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.head().id()),
                "destinationRegencyCode",
                "3273",
                "reason",
                "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "remaining-head-required"));
    as(Fixtures.officer())
        .body(Map.of("residentIds", List.of(), "destinationRegencyCode", "3273", "reason", "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(400);
    as(household.head().token())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "3273",
                "reason",
                "x"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(403);
  }

  static Map<String, Object> newcomer(String nik, Sex sex, LocalDate born, String relationship) {
    Map<String, Object> person =
        new HashMap<>(Fixtures.person(nik, Fixtures.name(), sex, born, Fixtures.KIJANG_ULU));
    person.remove("address");
    person.put("relationship", relationship);
    return person;
  }

  @Test
  void movingInKeepsTheNikAndAReturningResidentIsAliveAgain() {
    LocalDate born = LocalDate.of(1988, 7, 7);
    String bandung = Fixtures.nik("327301", Sex.MALE, born);
    Map<String, Object> request = new HashMap<>();
    request.put("originRegencyCode", "32.73");
    request.put("skpwniNumber", "3273/SKPWNI/2026/00123");
    request.put("persons", List.of(newcomer(bandung, Sex.MALE, born, "1")));
    request.put("address", TEBING_SULUH_ADDRESS);
    request.put("reason", "pindah kerja");
    JsonPath move =
        as(Fixtures.officer())
            .body(request)
            .post("/api/v1/moves/into-regency")
            .then()
            .statusCode(201)
            .body("kind", equalTo("INTO_REGENCY"))
            .body("originRegencyCode", equalTo("3273"))
            .extract()
            .jsonPath();
    String residentId = move.getString("residentIds[0]");
    as(Fixtures.officer())
        .get("/api/v1/residents/" + residentId)
        .then()
        .body("nik", equalTo(bandung))
        .body("origin", equalTo("MOVE_IN"))
        .body("familyId", equalTo(move.getString("familyId")));
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      assertThat(
              probe.await(r -> residentId.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                  .map(r -> TopicProbe.header(r, "ce_type"))
                  .toList())
          .containsExactly(
              "id.go.okikab.civil-registry.ResidentRegistered.v1",
              "id.go.okikab.civil-registry.ResidentMovedIn.v1");
    }
    as(Fixtures.officer()).body(request).post("/api/v1/moves/into-regency").then().statusCode(409);

    // a resident who moved out comes back: same record, same NIK, ALIVE again
    Household household = Fixtures.household();
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "1671",
                "reason",
                "kuliah"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(201);
    Map<String, Object> back = new HashMap<>(request);
    back.put("originRegencyCode", "1671");
    back.put(
        "persons",
        List.of(newcomer(household.child().nik(), Sex.FEMALE, household.child().birthDate(), "4")));
    back.put("joinFamilyId", household.familyId());
    back.put("address", Map.of("desaCode", Fixtures.KIJANG_ULU));
    as(Fixtures.officer())
        .body(back)
        .post("/api/v1/moves/into-regency")
        .then()
        .statusCode(201)
        .body("residentIds[0]", equalTo(household.child().id()));
    as(Fixtures.officer())
        .get("/api/v1/residents/" + household.child().id())
        .then()
        .body("status", equalTo("ALIVE"))
        .body("familyId", equalTo(household.familyId()));
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      assertThat(
              probe
                  .await(
                      r ->
                          household.child().id().equals(r.key())
                              && r.value().contains("originRegencyCode"),
                      1,
                      Duration.ofSeconds(30))
                  .get(0)
                  .value())
          .contains("\"returning\":true");
    }
  }

  @Test
  void moveInRules() {
    LocalDate born = LocalDate.of(1990, 1, 2);
    Map<String, Object> request = new HashMap<>();
    request.put("originRegencyCode", "1602");
    request.put("skpwniNumber", "X/1");
    request.put(
        "persons", List.of(newcomer(Fixtures.nik("327301", Sex.MALE, born), Sex.MALE, born, "1")));
    request.put("address", TEBING_SULUH_ADDRESS);
    request.put("reason", "x");
    as(Fixtures.officer())
        .body(request)
        .post("/api/v1/moves/into-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "regency-is-this-regency"));
    request.put("originRegencyCode", "3273");
    request.put("persons", List.of(newcomer("3273010201900001", Sex.FEMALE, born, "1")));
    as(Fixtures.officer())
        .body(request)
        .post("/api/v1/moves/into-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "nik-sex-mismatch"))
        .body("errors[0].field", equalTo("persons[0].sex"));
    request.put(
        "persons", List.of(newcomer(Fixtures.nik("327301", Sex.MALE, born), Sex.MALE, born, "4")));
    as(Fixtures.officer())
        .body(request)
        .post("/api/v1/moves/into-regency")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "family-head-required"));
  }
}

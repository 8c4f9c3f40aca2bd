package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.PROBLEM_JSON;
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
import id.go.okikab.civilregistry.Fixtures.Person;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** /api/v1/death-registrations. */
@QuarkusTest
class DeathRegistrationsTest {

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }

  static Map<String, Object> death(String residentId, LocalDate date) {
    Map<String, Object> body = new HashMap<>();
    body.put("residentId", residentId);
    body.put("dateOfDeath", date.toString());
    body.put("placeOfDeath", "RSUD Kayuagung");
    body.put("statementIssuer", "DOCTOR");
    body.put("statementReference", "SKK/001/2026");
    return body;
  }

  static String register(Map<String, Object> declaration, String token) {
    String id =
        as(token)
            .body(declaration)
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/death-registrations/" + id;
    Fixtures.verifyAndApprove(path);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/registration")
        .then()
        .statusCode(200)
        .body("status", equalTo("REGISTERED"))
        .body("certificate.number", matchesPattern("1602-KM-\\d{8}-\\d{4}"));
    return id;
  }

  @Test
  void whenTheHeadDiesTheSpouseBecomesHeadTheCardANewNumberAndDeathRegisteredIsPublished() {
    Household household = Fixtures.household();
    String familyPath = "/api/v1/families/" + household.familyId();
    String kkBefore = as(Fixtures.officer()).get(familyPath).then().extract().path("kkNumber");
    String id =
        register(death(household.head().id(), today().minusDays(5)), household.wife().token());

    as(Fixtures.officer())
        .get("/api/v1/residents/" + household.head().id())
        .then()
        .body("status", equalTo("DECEASED"))
        .body("dateOfDeath", equalTo(today().minusDays(5).toString()))
        .body("familyId", equalTo(null));
    JsonPath family = as(Fixtures.officer()).get(familyPath).then().extract().jsonPath();
    assertThat(family.getString("headResidentId")).isEqualTo(household.wife().id());
    assertThat(family.getString("kkNumber")).isNotEqualTo(kkBefore);
    assertThat(family.getList("members.residentId", String.class))
        .doesNotContain(household.head().id());
    as(Fixtures.officer())
        .get(familyPath + "/history")
        .then()
        .body(
            "memberships.find { it.residentId == '" + household.head().id() + "' }.leaveReason",
            equalTo("death registration " + id));

    try (TopicProbe probe = TopicProbe.of("civil-registry.death.v1")) {
      ConsumerRecord<String, String> event =
          probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
      JsonPath payload = JsonPath.from(event.value());
      assertThat(payload.getString("residentId")).isEqualTo(household.head().id());
      assertThat(payload.getString("subjectRef")).matches("[0-9a-f]{64}");
      assertThat(payload.getString("desaCode")).isEqualTo(Fixtures.KIJANG_ULU);
      assertThat(payload.getBoolean("late")).isFalse();
      assertThat(event.value())
          .doesNotContain(household.head().nik())
          .doesNotContain(household.head().name());
    }
    try (TopicProbe probe = TopicProbe.of("civil-registry.family.v1")) {
      assertThat(
              probe
                  .await(r -> household.familyId().equals(r.key()), 2, Duration.ofSeconds(30))
                  .stream()
                  .map(r -> JsonPath.from(r.value()).getString("reason"))
                  .toList())
          .containsExactly("NEW", "HEAD_CHANGED");
    }
  }

  @Test
  void theNamedNewHeadTakesOverAndTheLastMemberDissolvesTheCard() {
    Household household = Fixtures.household();
    Map<String, Object> declaration = death(household.head().id(), today().minusDays(31));
    declaration.put("newHeadResidentId", household.child().id());
    String id =
        as(Fixtures.officer())
            .body(declaration)
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .body("late", equalTo(true))
            .extract()
            .path("id");
    String path = "/api/v1/death-registrations/" + id;
    Fixtures.verifyAndApprove(path);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/registration")
        .then()
        .statusCode(200);
    as(Fixtures.officer())
        .get("/api/v1/families/" + household.familyId())
        .then()
        .body("headResidentId", equalTo(household.child().id()));

    Person alone = Fixtures.adult(Sex.MALE);
    String familyId = Fixtures.createFamily(List.of(Fixtures.member(alone.id(), "1"))).path("id");
    register(death(alone.id(), today().minusDays(30)), Fixtures.officer());
    as(Fixtures.officer())
        .get("/api/v1/families/" + familyId)
        .then()
        .body("status", equalTo("DISSOLVED"));
  }

  @Test
  void lateAfterThirtyDays() {
    Household household = Fixtures.household();
    as(Fixtures.officer())
        .body(death(household.child().id(), today().minusDays(30)))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(201)
        .body("late", equalTo(false));
    Household other = Fixtures.household();
    as(Fixtures.officer())
        .body(death(other.child().id(), today().minusDays(31)))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(201)
        .body("late", equalTo(true))
        .body("lateFineRupiah", equalTo(0));
  }

  @Test
  void rules() {
    Household household = Fixtures.household();
    as(Fixtures.officer())
        .body(death(household.child().id(), household.child().birthDate().minusDays(1)))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "death-before-birth"))
        .body("errors[0].field", equalTo("dateOfDeath"));
    as(Fixtures.officer())
        .body(death(household.child().id(), today().plusDays(2)))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dateOfDeath"));
    Map<String, Object> notHead = death(household.child().id(), today());
    notHead.put("newHeadResidentId", household.wife().id());
    as(Fixtures.officer())
        .body(notHead)
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "head-not-leaving"));
    Map<String, Object> badIssuer = death(household.child().id(), today());
    badIssuer.put("statementIssuer", "NEIGHBOUR");
    as(Fixtures.officer())
        .body(badIssuer)
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(400)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("errors[0].field", equalTo("statementIssuer"));
    as(Fixtures.officer())
        .body(death(Fixtures.uuid(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "resident-unknown"));
    as(Fixtures.officer())
        .body(death(household.child().id(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(201);
    as(Fixtures.officer())
        .body(death(household.child().id(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void citizensDeclareOnlyForTheirFamilyAndNeverTheirOwnDeath() {
    Household mine = Fixtures.household();
    Household theirs = Fixtures.household();
    as(mine.wife().token())
        .body(death(theirs.head().id(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(403);
    as(mine.wife().token())
        .body(death(mine.wife().id(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "declarant-is-deceased"));
    String id =
        as(mine.wife().token())
            .body(death(mine.child().id(), today()))
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .body("channel", equalTo("CITIZEN"))
            .extract()
            .path("id");
    as(mine.head().token()).get("/api/v1/death-registrations/" + id).then().statusCode(200);
    as(theirs.head().token()).get("/api/v1/death-registrations/" + id).then().statusCode(404);
    as(mine.head().token()).get("/api/v1/death-registrations").then().body("items.id", hasItem(id));
    as(theirs.head().token())
        .get("/api/v1/death-registrations")
        .then()
        .body("items.id", not(hasItem(id)));
    as(mine.head().token())
        .post("/api/v1/death-registrations/" + id + "/verification")
        .then()
        .statusCode(403);
    given().get("/api/v1/death-registrations/" + id).then().statusCode(401);
    as(Fixtures.healthOfficer())
        .body(death(mine.child().id(), today()))
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(403);
  }

  @Test
  void needsFixThenCorrectionThenRejection() {
    Household household = Fixtures.household();
    Map<String, Object> declaration = death(household.child().id(), today().minusDays(1));
    String id =
        as(household.head().token())
            .body(declaration)
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/death-registrations/" + id;
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/verification")
        .then()
        .statusCode(200);
    as(Fixtures.officer())
        .body(Map.of("reason", "tanggal salah"))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/fix-request")
        .then()
        .statusCode(200)
        .body("status", equalTo("NEEDS_FIX"));
    declaration.put("dateOfDeath", today().minusDays(2).toString());
    String etag = as(household.head().token()).get(path).then().extract().header("ETag");
    Map<String, Object> otherPerson = new HashMap<>(declaration);
    otherPerson.put("residentId", household.wife().id());
    as(household.head().token())
        .header("If-Match", etag)
        .body(otherPerson)
        .post(path + "/submission")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "resident-cannot-change"));
    as(household.head().token())
        .header("If-Match", etag)
        .body(declaration)
        .post(path + "/submission")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("dateOfDeath", equalTo(today().minusDays(2).toString()));
    as(Fixtures.officer())
        .body(Map.of("reason", "surat tidak sah"))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/rejection")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    // a rejected registration does not block a new one
    as(Fixtures.officer())
        .body(declaration)
        .post("/api/v1/death-registrations")
        .then()
        .statusCode(201);
  }

  @Test
  void theOfficersStepsNeedTheVersionRead() {
    Household household = Fixtures.household();
    String id =
        as(Fixtures.officer())
            .body(death(household.child().id(), today().minusDays(1)))
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/death-registrations/" + id;
    as(Fixtures.officer())
        .post(path + "/verification")
        .then()
        .statusCode(428)
        .body("type", equalTo(TYPE + "precondition-required"));
    String etag = Fixtures.etag(path);
    String verified =
        as(Fixtures.officer())
            .header("If-Match", etag)
            .post(path + "/verification")
            .then()
            .statusCode(200)
            .body("history[1].actor", equalTo(Fixtures.OFFICER_ID))
            .extract()
            .header("ETag");
    as(Fixtures.officer())
        .header("If-Match", etag)
        .post(path + "/approval")
        .then()
        .statusCode(412)
        .body("type", equalTo(TYPE + "precondition-failed"));
    as(Fixtures.officer())
        .header("If-Match", verified)
        .post(path + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }
}

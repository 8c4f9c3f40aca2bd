package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.PROBLEM_JSON;
import static id.go.okikab.civilregistry.Fixtures.TYPE;
import static id.go.okikab.civilregistry.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** /api/v1/birth-registrations: declaration, the state machine, registration, the certificate. */
@QuarkusTest
class BirthRegistrationsTest {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  static LocalDate today() {
    return LocalDate.now(WIB);
  }

  @Test
  void aCitizenDeclaresAndAnOfficerRegistersTheChildGetsANikTheCardAndACertificate() {
    Household household = Fixtures.household();
    LocalDate born = today().minusDays(10);
    Map<String, Object> declaration =
        Fixtures.birth(
            household.familyId(), household.wife().id(), household.head().id(), born, Sex.FEMALE);
    String childName = (String) declaration.get("childName");
    JsonPath declared =
        as(household.wife().token())
            .body(declaration)
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .header("Location", matchesPattern(".*/api/v1/birth-registrations/[0-9a-f-]{36}"))
            .body("status", equalTo("SUBMITTED"))
            .body("channel", equalTo("CITIZEN"))
            .body("late", equalTo(false))
            .body("mother.residentId", equalTo(household.wife().id()))
            .body("history[0].to", equalTo("SUBMITTED"))
            .extract()
            .jsonPath();
    String id = declared.getString("id");
    String path = "/api/v1/birth-registrations/" + id;

    as(household.wife().token()).post(path + "/verification").then().statusCode(403);
    Fixtures.verifyAndApprove(path);
    JsonPath registered =
        as(Fixtures.officer())
            .header("If-Match", Fixtures.etag(path))
            .post(path + "/registration")
            .then()
            .statusCode(200)
            .body("status", equalTo("REGISTERED"))
            .body("certificate.type", equalTo("BIRTH"))
            .body("certificate.number", matchesPattern("1602-LT-\\d{8}-\\d{4}"))
            .body("certificate.verificationCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{20}"))
            .body("history.to", contains("SUBMITTED", "VERIFYING", "APPROVED", "REGISTERED"))
            .extract()
            .jsonPath();

    // the NIK: the family's kecamatan (Kayu Agung), the date of birth +40 for a girl, a serial
    Nik nik = Nik.parse(registered.getString("childNik"), today());
    assertThat(nik.kecamatanCode()).isEqualTo("160205");
    assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    assertThat(nik.birthDate()).isEqualTo(born);
    assertThat(registered.getString("childNik").substring(6, 8))
        .isEqualTo(String.format("%02d", born.getDayOfMonth() + 40));
    String childId = registered.getString("childResidentId");

    as(Fixtures.officer())
        .get("/api/v1/families/" + household.familyId())
        .then()
        .body(
            "members.find { it.residentId == '" + childId + "' }.relationship.label",
            equalTo("Anak"));
    as(Fixtures.officer())
        .get("/api/v1/residents/" + childId)
        .then()
        .statusCode(200)
        .body("origin", equalTo("BIRTH"))
        .body("mother.residentId", equalTo(household.wife().id()))
        .body("address.desaCode", equalTo(Fixtures.KIJANG_ULU));

    // public verification: type, number, status, date, masked name; never the NIK
    String code = registered.getString("certificate.verificationCode");
    String masked = Fixtures.NAMES.stream().filter(childName::equals).findFirst().orElseThrow();
    given()
        .get("/api/v1/certificates/verify/" + code.toLowerCase())
        .then()
        .statusCode(200)
        .body("documentType", equalTo("BIRTH"))
        .body("documentTitle", equalTo("Akta Kelahiran"))
        .body("number", equalTo(registered.getString("certificate.number")))
        .body("status", equalTo("VALID"))
        .body("issuedOn", equalTo(today().toString()))
        .body("maskedName", equalTo(mask(masked)))
        .body("size()", equalTo(6));
    String body = given().get("/api/v1/certificates/verify/" + code).asString();
    assertThat(body).doesNotContain(registered.getString("childNik")).doesNotContain(childName);
    given()
        .get("/api/v1/certificates/verify/0000000000000000ZZZZ")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON);
    given().get("/api/v1/certificates/verify/ab").then().statusCode(400);

    // the certificate itself: the family may read it, others not
    String certificateId = registered.getString("certificate.id");
    as(household.head().token())
        .get("/api/v1/certificates/" + certificateId)
        .then()
        .statusCode(200)
        .body("nameOnDocument", equalTo(childName));
    as(Fixtures.household().head().token())
        .get("/api/v1/certificates/" + certificateId)
        .then()
        .statusCode(404);

    // the events: ResidentRegistered (BIRTH) and BirthRegistered, refs and codes only
    try (TopicProbe probe = TopicProbe.of("civil-registry.birth.v1")) {
      ConsumerRecord<String, String> event =
          probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
      assertThat(TopicProbe.header(event, "ce_type"))
          .isEqualTo("id.go.okikab.civil-registry.BirthRegistered.v1");
      JsonPath payload = JsonPath.from(event.value());
      assertThat(payload.getString("childResidentId")).isEqualTo(childId);
      assertThat(payload.getString("childRef")).matches("[0-9a-f]{64}");
      assertThat(payload.getString("motherRef")).matches("[0-9a-f]{64}");
      assertThat(payload.getString("fatherRef")).matches("[0-9a-f]{64}");
      assertThat(payload.getString("birthDate")).isEqualTo(born.toString());
      assertThat(payload.getString("sex")).isEqualTo("FEMALE");
      assertThat(payload.getString("desaCode")).isEqualTo(Fixtures.KIJANG_ULU);
      assertThat(payload.getBoolean("late")).isFalse();
      assertThat(event.value())
          .doesNotContain(registered.getString("childNik"))
          .doesNotContain(childName);
    }
    try (TopicProbe probe = TopicProbe.of("civil-registry.registration.v1")) {
      assertThat(
              probe.await(r -> id.equals(r.key()), 4, Duration.ofSeconds(30)).stream()
                  .map(r -> JsonPath.from(r.value()).getString("status"))
                  .toList())
          .containsExactly("SUBMITTED", "VERIFYING", "APPROVED", "REGISTERED");
    }
  }

  static String mask(String name) {
    StringBuilder masked = new StringBuilder();
    for (String word : name.split(" ")) {
      masked
          .append(masked.length() == 0 ? "" : " ")
          .append(word.charAt(0))
          .append("*".repeat(word.length() - 1));
    }
    return masked.toString();
  }

  @Test
  void lateAfterSixtyDays() {
    Household household = Fixtures.household();
    as(Fixtures.officer())
        .body(
            Fixtures.birth(
                household.familyId(), household.wife().id(), null, today().minusDays(60), Sex.MALE))
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(201)
        .body("late", equalTo(false))
        .body("channel", equalTo("OFFICER"));
    String id =
        as(Fixtures.officer())
            .body(
                Fixtures.birth(
                    household.familyId(),
                    household.wife().id(),
                    null,
                    today().minusDays(61),
                    Sex.MALE))
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .body("late", equalTo(true))
            .body("lateFineRupiah", equalTo(0))
            .extract()
            .path("id");
    String path = "/api/v1/birth-registrations/" + id;
    Fixtures.verifyAndApprove(path);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/registration")
        .then()
        .statusCode(200);
    try (TopicProbe probe = TopicProbe.of("civil-registry.birth.v1")) {
      assertThat(probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value())
          .contains("\"late\":true");
    }
  }

  @Test
  void citizensDeclareOnlyForTheirOwnFamilyAndFollowOnlyTheirOwn() {
    Household mine = Fixtures.household();
    Household theirs = Fixtures.household();
    as(mine.wife().token())
        .body(
            Fixtures.birth(
                theirs.familyId(), theirs.wife().id(), null, today().minusDays(3), Sex.MALE))
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON);
    String id =
        as(theirs.wife().token())
            .body(
                Fixtures.birth(
                    theirs.familyId(), theirs.wife().id(), null, today().minusDays(3), Sex.MALE))
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(mine.wife().token()).get("/api/v1/birth-registrations/" + id).then().statusCode(404);
    as(theirs.head().token()).get("/api/v1/birth-registrations/" + id).then().statusCode(200);
    as(theirs.head().token())
        .get("/api/v1/birth-registrations")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    as(mine.head().token())
        .get("/api/v1/birth-registrations")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    as(Fixtures.healthOfficer()).get("/api/v1/birth-registrations/" + id).then().statusCode(403);
    given().get("/api/v1/birth-registrations/" + id).then().statusCode(401);
    as(Fixtures.officer())
        .queryParam("status", "SUBMITTED")
        .get("/api/v1/birth-registrations")
        .then()
        .statusCode(200);
    as(Fixtures.officer())
        .queryParam("status", "NOPE")
        .get("/api/v1/birth-registrations")
        .then()
        .statusCode(400);
  }

  @Test
  void declarationRules() {
    Household household = Fixtures.household();
    Map<String, Object> fatherAsMother =
        Fixtures.birth(household.familyId(), household.head().id(), null, today(), Sex.MALE);
    as(Fixtures.officer())
        .body(fatherAsMother)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "mother-sex-mismatch"))
        .body("errors[0].field", equalTo("mother.residentId"));
    Map<String, Object> noMother =
        Fixtures.birth(household.familyId(), null, null, today(), Sex.MALE);
    as(Fixtures.officer())
        .body(noMother)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "mother-required"));
    Map<String, Object> childOlderThanMother =
        Fixtures.birth(
            household.familyId(),
            household.child().id(),
            null,
            household.child().birthDate().minusDays(1),
            Sex.MALE);
    as(Fixtures.officer())
        .body(childOlderThanMother)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "parent-born-after-child"));
    Map<String, Object> asHead =
        Fixtures.birth(household.familyId(), household.wife().id(), null, today(), Sex.MALE);
    asHead.put("relationship", "1");
    as(Fixtures.officer())
        .body(asHead)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "child-relationship-invalid"))
        .body("errors[0].field", equalTo("relationship"));
    Map<String, Object> future =
        Fixtures.birth(
            household.familyId(), household.wife().id(), null, today().plusDays(1), Sex.MALE);
    as(Fixtures.officer())
        .body(future)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("birthDate"));
    Map<String, Object> noFamily =
        Fixtures.birth(Fixtures.uuid(), household.wife().id(), null, today(), Sex.MALE);
    as(Fixtures.officer())
        .body(noFamily)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(404);
    Map<String, Object> badDesa =
        Fixtures.birth(household.familyId(), household.wife().id(), null, today(), Sex.MALE);
    badDesa.put("birthDesaCode", "1602059998");
    as(Fixtures.officer())
        .body(badDesa)
        .post("/api/v1/birth-registrations")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "desa-unknown"))
        .body("errors[0].field", equalTo("birthDesaCode"));
  }

  @Test
  void everyOfficersStepNeedsTheVersionReadAndRecordsTheOfficersSubject() {
    Household household = Fixtures.household();
    String id =
        as(Fixtures.officer())
            .body(
                Fixtures.birth(
                    household.familyId(), household.wife().id(), null, today(), Sex.FEMALE))
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/birth-registrations/" + id;
    for (String step : List.of("/verification", "/registration")) {
      as(Fixtures.officer())
          .post(path + step)
          .then()
          .statusCode(428)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPE + "precondition-required"));
    }
    for (String step : List.of("/fix-request", "/rejection")) {
      as(Fixtures.officer())
          .header("If-Match", "\"99\"")
          .body(Map.of("reason", "x"))
          .post(path + step)
          .then()
          .statusCode(412)
          .body("type", equalTo(TYPE + "precondition-failed"));
    }
    as(Fixtures.officer())
        .header("If-Match", "\"99\"")
        .body(Map.of())
        .post(path + "/approval")
        .then()
        .statusCode(412);
    // the answer's ETag is the next step's If-Match
    String verified =
        as(Fixtures.officer())
            .header("If-Match", Fixtures.etag(path))
            .post(path + "/verification")
            .then()
            .statusCode(200)
            .body("status", equalTo("VERIFYING"))
            .body("history[0].actor", equalTo(Fixtures.OFFICER_ID))
            .body("history[1].actor", equalTo(Fixtures.OFFICER_ID))
            .extract()
            .header("ETag");
    as(Fixtures.officer())
        .header("If-Match", verified)
        .body(Map.of())
        .post(path + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    // a stale step is refused before its state is checked
    as(Fixtures.officer())
        .header("If-Match", verified)
        .post(path + "/registration")
        .then()
        .statusCode(412);
  }

  @Test
  void theStateMachineRefusesStepsOutOfOrderAndLoopsThroughNeedsFix() {
    Household household = Fixtures.household();
    Map<String, Object> declaration =
        Fixtures.birth(
            household.familyId(), household.wife().id(), null, today().minusDays(5), Sex.MALE);
    String id =
        as(household.head().token())
            .body(declaration)
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/birth-registrations/" + id;
    as(Fixtures.officer())
        .body(Map.of())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/approval")
        .then()
        .statusCode(409)
        .body("type", equalTo(TYPE + "registration-state-conflict"))
        .body("errors[0].field", equalTo("status"));
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/registration")
        .then()
        .statusCode(409);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/verification")
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFYING"));
    as(Fixtures.officer())
        .body(Map.of("reason", ""))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/fix-request")
        .then()
        .statusCode(400);
    as(Fixtures.officer())
        .body(Map.of("reason", "surat keterangan lahir kurang jelas"))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/fix-request")
        .then()
        .statusCode(200)
        .body("status", equalTo("NEEDS_FIX"))
        .body("officerNote", equalTo("surat keterangan lahir kurang jelas"));
    // the declarant corrects it: If-Match required
    declaration.put("birthPlace", "RSUD Kayuagung");
    as(household.head().token())
        .body(declaration)
        .post(path + "/submission")
        .then()
        .statusCode(428);
    String etag = as(household.head().token()).get(path).then().extract().header("ETag");
    as(household.head().token())
        .header("If-Match", etag)
        .body(declaration)
        .post(path + "/submission")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("child.birthPlace", equalTo("RSUD Kayuagung"));
    as(household.head().token())
        .header("If-Match", etag)
        .body(declaration)
        .post(path + "/submission")
        .then()
        .statusCode(412);
    as(Fixtures.officer())
        .body(Map.of("reason", "tidak lengkap"))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/rejection")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/verification")
        .then()
        .statusCode(409);
    as(Fixtures.officer())
        .body(Map.of("reason", "x"))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/rejection")
        .then()
        .statusCode(409);
    as(Fixtures.officer())
        .post("/api/v1/birth-registrations/" + Fixtures.uuid() + "/verification")
        .then()
        .statusCode(404);
  }

  @Test
  void aSecondDeclarationOfTheSameChildIsFlaggedAndNeedsAnExplicitReview() {
    Household household = Fixtures.household();
    LocalDate born = today().minusDays(2);
    Map<String, Object> declaration =
        Fixtures.birth(household.familyId(), household.wife().id(), null, born, Sex.MALE);
    String first =
        as(household.wife().token())
            .body(declaration)
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .body("duplicateSuspect", equalTo(false))
            .extract()
            .path("id");
    String second =
        as(Fixtures.officer())
            .body(declaration)
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .body("duplicateSuspect", equalTo(true))
            .body("duplicateCandidates", contains(first))
            .extract()
            .path("id");
    String path = "/api/v1/birth-registrations/" + second;
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/verification")
        .then()
        .statusCode(200);
    as(Fixtures.officer())
        .body(Map.of())
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/approval")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "possible-duplicate-person"))
        .body("errors[0].field", equalTo("duplicateReviewed"));
    as(Fixtures.officer())
        .body(Map.of("duplicateReviewed", true))
        .header("If-Match", Fixtures.etag(path))
        .post(path + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }

  @Test
  void anOfficerRegistersOnlyApprovedRegistrationsAndTheFamilyMustStillBeActive() {
    Household household = Fixtures.household();
    String id =
        as(Fixtures.officer())
            .body(
                Fixtures.birth(
                    household.familyId(), household.wife().id(), null, today(), Sex.MALE))
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .body("certificate", org.hamcrest.Matchers.nullValue())
            .extract()
            .path("id");
    as(household.wife().token())
        .post("/api/v1/birth-registrations/" + id + "/registration")
        .then()
        .statusCode(403);
    as(Fixtures.officer())
        .get("/api/v1/birth-registrations/" + id)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue());
  }
}

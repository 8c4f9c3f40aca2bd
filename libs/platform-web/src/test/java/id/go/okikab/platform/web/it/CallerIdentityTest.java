package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallerIdentityTest {

  @Inject SubjectRefs subjectRefs;

  @Test
  void citizenHasNikAndSubjectRef() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .body("anonymous", equalTo(false))
        .body("username", equalTo("warga1"))
        .body("subject", equalTo(java.util.UUID.nameUUIDFromBytes("warga1".getBytes()).toString()))
        .body("roles", contains("citizen"))
        .body("citizen", equalTo(true))
        .body("nik", equalTo(Fixtures.NIK))
        .body("subjectRef", equalTo(subjectRefs.of(Fixtures.NIK)))
        .body("clientId", equalTo(TestTokens.FRONTEND_CLIENT))
        .body("agencyClientId", nullValue())
        .body("actorId", equalTo(java.util.UUID.nameUUIDFromBytes("warga1".getBytes()).toString()))
        .body("facility", nullValue());
  }

  @Test
  void aHealthOfficersFacilityAndTheActorIdOfEveryone() {
    given()
        .auth()
        .oauth2(
            TestTokens.user("bidan9").roles("health-officer").claim("facility", "P-160205").mint())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .body("facility", equalTo("P-160205"))
        .body("actorId", equalTo(java.util.UUID.nameUUIDFromBytes("bidan9".getBytes()).toString()))
        .body("zone", equalTo("Asia/Jakarta"))
        .body(
            "today",
            equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString()));
  }

  @Test
  void officerHasRolesButNoNik() {
    given()
        .auth()
        .oauth2(TestTokens.user("petugas2").roles("registry-officer", "operator").mint())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .body("roles", containsInAnyOrder("operator", "registry-officer"))
        .body("citizen", equalTo(false))
        .body("nik", nullValue())
        .body("subjectRef", nullValue())
        .body("agencyClientId", nullValue());
  }

  @Test
  void agencySystemIsRecognised() {
    given()
        .auth()
        .oauth2(Fixtures.agency())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("service-account-dukcapil-pusat"))
        .body("roles", contains("agency-verifier"))
        .body("agencyClientId", equalTo("dukcapil-pusat"))
        .body("clientId", equalTo("dukcapil-pusat"))
        .body("nik", nullValue());
  }

  @Test
  void malformedNikClaimIsIgnored() {
    given()
        .auth()
        .oauth2(TestTokens.citizen("warga9", "12345").mint())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .body("nik", nullValue())
        .body("subjectRef", nullValue());
  }

  @Test
  void ownerReadsOwnRecordOthersAreForbidden() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Fixtures.otherCitizen())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(403)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "forbidden"));
  }

  @Test
  void privateRecordsAreNotFoundForOthers() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/" + id + "/private")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Fixtures.otherCitizen())
        .when()
        .get("/api/v1/things/" + id + "/private")
        .then()
        .statusCode(404)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "not-found"));
  }
}

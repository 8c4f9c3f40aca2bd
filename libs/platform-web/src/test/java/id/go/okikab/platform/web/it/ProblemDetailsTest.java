package id.go.okikab.platform.web.it;

import static id.go.okikab.platform.web.it.Fixtures.PROBLEM_JSON;
import static id.go.okikab.platform.web.it.Fixtures.TYPE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

  @Test
  void beanValidationNamesEachJsonField() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(
            """
            {"code": "", "name": "x", "nik": "123", "birthDate": "2999-01-01",
             "address": {"desaCode": "12"}, "tags": [{"label": "ok"}, {"label": " "}],
             "kode_lama": "ABCD"}
            """)
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "validation"))
        .body("status", equalTo(400))
        .body("title", notNullValue())
        .body("instance", equalTo("/api/v1/things"))
        .body("requestId", notNullValue())
        .body(
            "errors.field",
            equalTo(
                java.util.List.of(
                    "address.desaCode", "birthDate", "code", "kode_lama", "nik", "tags[1].label")))
        .body("errors.find { it.field == 'nik' }.message", equalTo("must be 16 digits"));
  }

  @Test
  void missingBodyIsAValidationProblemOnTheBody() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "validation"))
        .body("errors.field", equalTo(java.util.List.of("body")));
  }

  @Test
  void queryParametersAreNamedAsSent() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .queryParam("q", "ab")
        .queryParam("max-results", 50)
        .when()
        .get("/api/v1/things/search")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.field", equalTo(java.util.List.of("max-results", "q")));
  }

  @Test
  void wrongJsonTypeNamesTheField() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(Fixtures.thingJson(Fixtures.uniqueCode()).replace("1990-08-17", "not-a-date"))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("errors[0].field", equalTo("birthDate"))
        .body("errors[0].message", containsString("date"))
        .body("detail", not(containsString("not-a-date")));
  }

  @Test
  void wrongNestedJsonTypeNamesThePath() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(
            Fixtures.thingJson(Fixtures.uniqueCode())
                .replace("{\"desaCode\": \"1602052001\"}", "[1, 2]"))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("errors[0].field", equalTo("address"));
  }

  @Test
  void syntacticallyBrokenJsonIsMalformed() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body("{\"code\": ")
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("detail", not(containsString("jackson")))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void unknownIdIsNotFound() {
    UUID id = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "not-found"))
        .body("detail", containsString(id.toString()))
        .body("instance", equalTo("/api/v1/things/" + id));
  }

  @Test
  void unknownPathIsNotFound() {
    given()
        .when()
        .get("/api/v1/no-such-things")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "not-found"))
        .header("X-Request-Id", notNullValue());
  }

  @Test
  void uniquenessViolationIsConflict() {
    String code = Fixtures.uniqueCode();
    Fixtures.createThing(code);
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(Fixtures.thingJson(code))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "conflict"))
        .body("detail", not(containsString("23505")))
        .body("detail", not(containsString(code)))
        .body("detail", not(containsString("test_thing")));
  }

  @Test
  void optimisticLockAtFlushIsConflict() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .post("/api/v1/things/" + id + "/race")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "conflict"));
  }

  @Test
  void hibernateStaleStateIsConflict() {
    given()
        .when()
        .get("/api/v1/failures/stale")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "conflict"));
  }

  @Test
  void domainRuleViolationHasTheRulesType() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .post("/api/v1/things/" + id + "/approval")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .post("/api/v1/things/" + id + "/approval")
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "thing-already-approved"))
        .body("detail", equalTo("This thing is already approved."))
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  void methodNotAllowedKeepsItsStatus() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .delete("/api/v1/things")
        .then()
        .statusCode(405)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "method-not-allowed"));
  }

  @Test
  void notAcceptableKeepsItsStatus() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .accept("application/xml")
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(406)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "not-acceptable"));
  }

  @Test
  void unsupportedMediaTypeKeepsItsStatus() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.TEXT)
        .body("code=x")
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(415)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "unsupported-media-type"))
        .body("detail", containsString("application/json"))
        .body("detail", not(containsString("@Consumes")));
  }

  @Test
  void dependencyDownIsServiceUnavailableNamingIt() {
    given()
        .when()
        .get("/api/v1/failures/dependency")
        .then()
        .statusCode(503)
        .contentType(PROBLEM_JSON)
        .header("Retry-After", notNullValue())
        .body("type", equalTo(TYPE + "dependency-unavailable"))
        .body("detail", containsString("dukcapil-national"));
  }

  @Test
  void jdbcConnectionFailuresAreServiceUnavailable() {
    for (String path : new String[] {"jdbc-connection", "sql-transient"}) {
      given()
          .when()
          .get("/api/v1/failures/" + path)
          .then()
          .statusCode(503)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPE + "dependency-unavailable"))
          .body("detail", containsString("database"));
    }
  }

  @Test
  void unexpectedErrorsRevealNothing() {
    String body =
        given()
            .header("X-Request-Id", "trace-500-test")
            .when()
            .get("/api/v1/failures/internal")
            .then()
            .statusCode(500)
            .contentType(PROBLEM_JSON)
            .header("X-Request-Id", "trace-500-test")
            .body("type", equalTo(TYPE + "internal"))
            .body("requestId", equalTo("trace-500-test"))
            .body("errors", nullValue())
            .extract()
            .asString();
    org.hamcrest.MatcherAssert.assertThat(
        body,
        allOf(
            not(containsString("SELECT")),
            not(containsString("hunter2")),
            not(containsString("IllegalStateException")),
            not(containsString("java.")),
            not(containsString("org.")),
            not(containsString("\tat "))));
  }

  @Test
  void problemTypesAreStableUris() {
    given()
        .when()
        .get("/api/v1/failures/dependency")
        .then()
        .body("type", startsWith("https://okikab.go.id/problems/"))
        .body("keySet()", not(hasItem("stackTrace")))
        .body("keySet()", hasSize(6));
  }
}

package id.go.okikab.platform.web.it;

import static id.go.okikab.platform.web.it.Fixtures.PROBLEM_JSON;
import static id.go.okikab.platform.web.it.Fixtures.TYPE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.go.okikab.platform.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker sends to make a service fail: each answers 4xx problem details naming what is
 * wrong, nothing is written, and no 500 results (which the gateway would count against the
 * service).
 */
@QuarkusTest
class HostileInputTest {

  @Test
  void aRepeatedJsonMemberIsMalformed() {
    String code = Fixtures.uniqueCode();
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(Fixtures.thingJson(code, ", \"name\": \"Rumah Kedua\""))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("detail", not(containsString("Jackson")));
    assertNotCreated(code);
  }

  @Test
  void aRepeatedMemberOfDifferentTypesIsMalformed() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body("{\"name\": 1, \"name\": \"x\"}")
        .when()
        .put("/api/v1/things/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"));
  }

  @Test
  void aNulCharacterInAJsonStringNamesTheField() {
    String code = Fixtures.uniqueCode();
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .contentType(ContentType.JSON)
        .body(
            """
            {"code": "%s", "name": "Rumah\\u0000Warga", "birthDate": "1990-08-17",
             "address": {"desaCode": "1602052001"}}
            """
                .formatted(code))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "malformed-request"))
        .body("errors.field", contains("name"))
        .body("errors[0].message", equalTo("must not contain NUL characters"));
    assertNotCreated(code);
  }

  @Test
  void aPageNumberBeyondTheMaximumNamesPage() {
    for (String page : new String[] {"1000000000", "100000000", "1000001"}) {
      given()
          .auth()
          .oauth2(Fixtures.officer())
          .queryParam("page", page)
          .queryParam("size", 50)
          .when()
          .get("/api/v1/things")
          .then()
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPE + "validation"))
          .body("errors.field", contains("page"))
          .body("errors[0].message", equalTo("must be between 0 and 1000000"));
    }
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("page", 1_000_000)
        .queryParam("size", 100)
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(200);
  }

  @Test
  void aRequestTargetWithinTheLimitPasses() {
    RawHttp.Response response =
        RawHttp.get(
            RestAssured.port,
            "/api/v1/things/search?q=" + "a".repeat(7_000),
            "Authorization: Bearer " + Fixtures.citizen());
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void aRequestBeyondTheServersOwnLimitIsStillRefused() {
    // beyond 64 KiB the HTTP server answers by itself (an empty 414): documented, not a 500
    RawHttp.Response response =
        RawHttp.get(RestAssured.port, "/api/v1/things?q=" + "a".repeat(70_000));
    assertThat(response.status()).isEqualTo(414);
  }

  @Test
  void aRequestTheRouterRefusesIsAProblemWithARequestId() {
    RawHttp.Response noSlash =
        RawHttp.raw(RestAssured.port, "GET /api/v1/things HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertThat(noSlash.status()).isEqualTo(400);
    assertThat(noSlash.header("content-type")).startsWith(PROBLEM_JSON);
    assertThat(noSlash.header("x-request-id")).isNotBlank();
  }

  @Test
  void invalidEscapesAreProblems() {
    for (String target :
        new String[] {"/api/v1/things/%zz", "/api/v1/things?q=%e", "/api/v1/things/a|b"}) {
      RawHttp.Response response = RawHttp.get(RestAssured.port, target, "X-Request-Id: esc-1");
      assertThat(response.status()).as(target).isEqualTo(400);
      assertThat(response.header("content-type"))
          .as(target + " " + response)
          .startsWith(PROBLEM_JSON);
      assertThat(response.header("x-request-id")).as(target).isEqualTo("esc-1");
    }
  }

  private static void assertNotCreated(String code) {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("codePrefix", code)
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }
}

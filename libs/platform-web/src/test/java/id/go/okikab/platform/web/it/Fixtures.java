package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;

import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;

/** Tokens and data for the platform-web tests; each test makes its own things. */
final class Fixtures {

  static final String NIK = "1602055708900001";
  static final String OTHER_NIK = "1602055708900002";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String TYPE = "https://okikab.go.id/problems/";

  private Fixtures() {}

  static String citizen() {
    return TestTokens.citizen("warga1", NIK).mint();
  }

  static String otherCitizen() {
    return TestTokens.citizen("warga2", OTHER_NIK).mint();
  }

  static String officer() {
    return TestTokens.user("petugas1").roles("registry-officer").mint();
  }

  static String agency() {
    return TestTokens.client("dukcapil-pusat").roles("agency-verifier").mint();
  }

  static String uniqueCode() {
    return "T-" + UUID.randomUUID();
  }

  static String thingJson(String code) {
    return thingJson(code, "");
  }

  /** A valid create request; {@code extra} adds JSON members (with a leading comma). */
  static String thingJson(String code, String extra) {
    return """
        {"code": "%s", "name": "Rumah Warga", "birthDate": "1990-08-17",
         "address": {"desaCode": "1602052001"}%s}
        """
        .formatted(code, extra);
  }

  /** Creates a thing owned by {@link #NIK}'s citizen; returns the 201 response. */
  static ExtractableResponse<Response> createThing(String code) {
    return given()
        .auth()
        .oauth2(citizen())
        .contentType(ContentType.JSON)
        .body(thingJson(code))
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(201)
        .extract();
  }
}

package id.go.okikab.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calls through the gateway (or straight to a service) as someone, with a real token. */
final class Api {

  static final String PROBLEM_JSON = "application/problem+json";
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** The demo officers of realm oki (deploy/keycloak/oki-realm.json). */
  static final String REGISTRY_OFFICER = "dukcapil1";

  static final String MIDWIFE = "bidan1";
  static final String OPERATOR = "kominfo1";
  static final String ADMIN = "admin1";
  static final String TAX_OFFICER = "bapenda1";
  static final String AGENCY_VERIFIER = "agency-verifier";

  private Api() {}

  /** Through the gateway as a demo user, a test citizen or an agency client. */
  static RequestSpecification as(String who) {
    return anonymous().auth().oauth2(RunningPlatform.token(who));
  }

  /** Through the gateway without a token. */
  static RequestSpecification anonymous() {
    return given()
        .log()
        .ifValidationFails()
        .baseUri(RunningPlatform.gateway())
        .contentType(ContentType.JSON);
  }

  /** Straight to a service, bypassing the gateway (its own checks must hold on their own). */
  static RequestSpecification direct(String service) {
    return given()
        .log()
        .ifValidationFails()
        .baseUri("http://127.0.0.1:" + RunningPlatform.service(service).port())
        .contentType(ContentType.JSON);
  }

  /** The ETag of a resource as {@code who} reads it through the gateway (for If-Match). */
  static String etag(String who, String path) {
    return as(who).get(path).then().statusCode(200).extract().header("ETag");
  }

  /**
   * The registry officer's verification and approval of a submitted registration, each with the
   * If-Match of the version before; returns the ETag for the registration step.
   */
  static String verifyAndApprove(String path) {
    String etag = etag(REGISTRY_OFFICER, path);
    for (String step : new String[] {"/verification", "/approval"}) {
      var request = as(REGISTRY_OFFICER).header("If-Match", etag);
      if (step.equals("/approval")) {
        request = request.body(java.util.Map.of());
      }
      etag = request.post(path + step).then().statusCode(200).extract().header("ETag");
    }
    return etag;
  }

  static LocalDate today() {
    return LocalDate.now(WIB);
  }
}

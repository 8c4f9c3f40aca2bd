package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The response headers every service sets once, in platform-web. */
@QuarkusTest
class SecurityHeadersTest {

  @Test
  void personalApiResponsesAreNotCacheableNorSniffable() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }

  @Test
  void errorsCarryThemToo() {
    given()
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(401)
        .header("Cache-Control", equalTo("no-store"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  void theSwaggerUiMayNotBeFramed() {
    given()
        .when()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }
}

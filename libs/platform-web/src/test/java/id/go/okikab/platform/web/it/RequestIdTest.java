package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void wellFormedIdIsEchoed() {
    given()
        .header("X-Request-Id", "gw-1234.abc_DEF-5")
        .when()
        .get("/api/v1/failures/public")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "gw-1234.abc_DEF-5");
  }

  @Test
  void missingIdIsCreated() {
    given()
        .when()
        .get("/api/v1/failures/public")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern(UUID_PATTERN));
  }

  @Test
  void malformedIdIsReplaced() {
    for (String bad : new String[] {"has space", "x".repeat(65), "semi;colon", "line\\nbreak"}) {
      given()
          .header("X-Request-Id", bad)
          .when()
          .get("/api/v1/failures/public")
          .then()
          .statusCode(200)
          .header("X-Request-Id", not(equalTo(bad)))
          .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }
  }

  @Test
  void errorsCarryTheIdInHeaderAndBody() {
    given()
        .header("X-Request-Id", "err-42")
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(401)
        .header("X-Request-Id", "err-42")
        .body("requestId", equalTo("err-42"));
    given()
        .header("X-Request-Id", "err-43")
        .when()
        .get("/api/v1/nowhere")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "err-43")
        .body("requestId", equalTo("err-43"));
  }

  @Test
  void idIsInTheMdcWhereTheServiceRuns() {
    // the read-audit row takes its request id from the MDC, on the worker thread
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .header("X-Request-Id", "mdc-check-" + id.substring(0, 8))
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("resourceId", id)
        .when()
        .get("/api/v1/things/read-audit")
        .then()
        .statusCode(200)
        .body("items[0].requestId", equalTo("mdc-check-" + id.substring(0, 8)));
  }
}

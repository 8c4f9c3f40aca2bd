package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.gateway.proxy.EchoBackend;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Public verification at the service that issued the code. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class VerificationResourceTest {

  @Test
  void aVerificationCodeGoesToTheServiceThatKnowsIt() {
    given()
        .when()
        .get("/api/v1/verifications/OK-12345")
        .then()
        .statusCode(200)
        .header("X-Verified-By", "echo")
        .body("status", equalTo("VALID"))
        .body("code", equalTo("OK-12345"));
    // a code with echo's prefix is asked of echo alone: it does not know it
    given()
        .when()
        .get("/api/v1/verifications/EC-NOPE-1234")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // without a known prefix every verifier is asked; the civil registry is down in this test,
    // so "not found" cannot be told apart from "not reachable": 503 naming it
    given()
        .when()
        .get("/api/v1/verifications/NOPE-1234")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", containsString("civil-registry"));
    given()
        .when()
        .get("/api/v1/verifications/bad code!")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}

package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * No single caller can open a service's circuit: a 500 is an answer (the service is up), and
 * timeouts and 502/503/504 open it only when they come from several callers. Through the real
 * gateway against service {@code fragile} (EchoBackend, threshold 5, 3 callers, open for 3 s).
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class CallerAttributedCircuitTest {

  private static String citizen(String name) {
    return TestTokens.user(name + "-" + UUID.randomUUID()).roles("citizen").mint();
  }

  @Test
  void oneCallerSending500sAnd503sCannotOpenTheCircuitForOthers() {
    String attacker = citizen("attacker");
    for (int i = 0; i < 10; i++) {
      given()
          .auth()
          .oauth2(attacker)
          .queryParam("status", 500)
          .when()
          .get("/api/v1/fragile/things")
          .then()
          .statusCode(500)
          .header("X-Echo", "yes"); // the service's own answer, relayed
    }
    for (int i = 0; i < 10; i++) {
      given()
          .auth()
          .oauth2(attacker)
          .queryParam("status", 503)
          .when()
          .get("/api/v1/fragile/things")
          .then()
          .statusCode(503)
          .header("X-Echo", "yes"); // still relayed: the circuit did not open
    }
    given()
        .auth()
        .oauth2(citizen("bystander"))
        .when()
        .get("/api/v1/fragile/things")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/fragile/things"));
  }

  @Test
  void threeCallersAnswered503OpenTheCircuitThenATrialClosesIt() {
    for (String caller : new String[] {citizen("a"), citizen("b"), citizen("c")}) {
      for (int i = 0; i < 2; i++) {
        given()
            .auth()
            .oauth2(caller)
            .queryParam("status", 503)
            .when()
            .get("/api/v1/fragile/things")
            .then()
            .statusCode(503);
      }
    }
    int before = EchoBackend.REQUESTS.get();
    given()
        .auth()
        .oauth2(citizen("d"))
        .when()
        .get("/api/v1/fragile/things")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("type", equalTo("https://okikab.go.id/problems/dependency-unavailable"))
        .body("detail", containsString("circuit is open"));
    assertThat(EchoBackend.REQUESTS.get()).as("not forwarded while open").isEqualTo(before);

    String token = citizen("e");
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                given().auth().oauth2(token).when().get("/api/v1/fragile/things").statusCode()
                    == 200);
  }
}

package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Retries only for reads, the circuit breaker per service, and rate limits. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
@TestProfile(ResilienceTest.LowLimits.class)
class ResilienceTest {

  /** A small per-caller limit, so that the test can reach it. */
  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "oki.gateway.rate-limit.per-caller", "20", "oki.gateway.rate-limit.per-ip", "5");
    }
  }

  private static String token(String user) {
    return TestTokens.user(user).roles("registry-officer").mint();
  }

  @Test
  void aReadIsSentAgainWhenTheConnectionDroppedButAWriteIsNot() {
    String key = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(token("retry-read"))
        .queryParam("key", key)
        .when()
        .get("/api/v1/echo/flaky")
        .then()
        .statusCode(200)
        .body("method", equalTo("GET"));
    given()
        .auth()
        .oauth2(token("retry-write"))
        .queryParam("key", key)
        .body("{}")
        .when()
        .post("/api/v1/echo/flaky")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
  }

  @Test
  void repeatedFailuresOpenTheCircuitThenATrialClosesIt() throws Exception {
    String token = token("circuit");
    EchoBackend.stopServer();
    // failures left by other tests count too: the circuit opens within the threshold (3)
    String detail = "";
    int calls = 0;
    while (!detail.contains("circuit is open") && calls < 10) {
      detail =
          given()
              .auth()
              .oauth2(token)
              .when()
              .post("/api/v1/echo/things")
              .then()
              .statusCode(503)
              .contentType("application/problem+json")
              .extract()
              .path("detail");
      calls++;
    }
    assertThat(detail).contains("circuit is open");
    assertThat(calls).isLessThanOrEqualTo(4);

    EchoBackend.startServer(); // back, but the circuit is open: no call reaches it yet
    int before = EchoBackend.REQUESTS.get();
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(503)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("detail", containsString("circuit is open"));
    assertThat(EchoBackend.REQUESTS.get()).isEqualTo(before);

    // after open-for (3 s) a trial call goes through and closes the circuit
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                given().auth().oauth2(token).when().get("/api/v1/echo/things").statusCode() == 200);
  }

  @Test
  void aCallerOverTheLimitGets429WithRetryAfter() {
    String token = token("busy-" + UUID.randomUUID());
    int limited = 0;
    for (int i = 0; i < 25; i++) {
      int status = given().auth().oauth2(token).when().get("/api/v1/echo/things").statusCode();
      if (status == 429) {
        limited++;
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(4);
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("type", equalTo("https://okikab.go.id/problems/too-many-requests"));
    // another caller is not affected
    given()
        .auth()
        .oauth2(token("calm-" + UUID.randomUUID()))
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200);
  }

  @Test
  void anonymousCallsArePerIp() {
    int limited = 0;
    for (int i = 0; i < 8; i++) {
      if (given().when().get("/api/v1/open/public/C" + i).statusCode() == 429) {
        limited++;
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(3);
  }
}

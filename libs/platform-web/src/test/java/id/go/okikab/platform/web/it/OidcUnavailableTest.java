package id.go.okikab.platform.web.it;

import static id.go.okikab.platform.web.it.Fixtures.PROBLEM_JSON;
import static id.go.okikab.platform.web.it.Fixtures.TYPE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.okikab.platform.infra.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When Keycloak cannot be reached, requests with a token get 503 naming the identity provider. */
@QuarkusTest
@TestProfile(OidcUnavailableTest.KeycloakDown.class)
class OidcUnavailableTest {

  /** A real OIDC server URL on a loopback port where nothing listens. */
  public static class KeycloakDown implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.auth-server-url",
          "http://127.0.0.1:" + Ports.free() + "/realms/oki",
          "quarkus.oidc.public-key",
          "",
          "quarkus.oidc.connection-timeout",
          "1s");
    }
  }

  @Test
  void tokenCannotBeVerified() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(503)
        .contentType(PROBLEM_JSON)
        .header("Retry-After", notNullValue())
        .body("type", equalTo(TYPE + "dependency-unavailable"))
        .body("detail", containsString("identity-provider"))
        .body("requestId", notNullValue());
  }
}

package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The test application sets none of these itself: they come from platform-web's
 * META-INF/microprofile-config.properties.
 */
@QuarkusTest
class PlatformDefaultsTest {

  private final Config config = ConfigProvider.getConfig();

  private String value(String name) {
    return config.getValue(name, String.class);
  }

  @Test
  void securityDefaultsApply() {
    assertEquals("false", value("quarkus.http.auth.proactive"));
    assertEquals("service", value("quarkus.oidc.application-type"));
    assertEquals("realm_access/roles", value("quarkus.oidc.roles.role-claim-path"));
    assertEquals("oki-api", value("quarkus.oidc.token.audience"));
    assertEquals("false", value("quarkus.oidc.token.allow-jwt-introspection"));
    assertEquals("false", value("quarkus.oidc.token.allow-opaque-token-introspection"));
  }

  @Test
  void oidcServerIsKeycloakOutsideTests() {
    // %test verifies tokens with platform-testing's public key, so the URL is unset there
    assertEquals(
        Optional.empty(), config.getOptionalValue("quarkus.oidc.auth-server-url", String.class));
    assertEquals(
        "${OKI_OIDC_URL:http://localhost:8180/realms/oki}",
        rawDefault("quarkus.oidc.auth-server-url"));
  }

  @Test
  void openApiAndProblemDefaultsApply() {
    assertEquals("/q/openapi", value("quarkus.smallrye-openapi.path"));
    assertEquals("https://okikab.go.id/problems/", value("oki.web.problem-type-base"));
    assertEquals("24h", value("oki.web.idempotency.retention"));
    given()
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(Matchers.containsString("/api/v1/things"));
  }

  @Test
  void databaseErrorDetailsStayOutOfMessages() {
    assertEquals(
        "false", value("quarkus.datasource.jdbc.additional-jdbc-properties.logServerErrorDetail"));
  }

  @Test
  void proactiveAuthenticationIsReallyOff() {
    // with proactive authentication a missing token would be answered before the mappers run
    given()
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(401)
        .contentType(Fixtures.PROBLEM_JSON);
  }

  /** The value platform-web's defaults file gives, before profiles and expansion. */
  private String rawDefault(String name) {
    for (org.eclipse.microprofile.config.spi.ConfigSource source : config.getConfigSources()) {
      if (source.getName().contains("platform-web")
          && source.getName().contains("microprofile-config.properties")) {
        return source.getValue(name);
      }
    }
    throw new AssertionError("platform-web's microprofile-config.properties is not a source");
  }
}

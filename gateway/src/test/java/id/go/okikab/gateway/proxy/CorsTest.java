package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Browsers on the frontends' origins may call the API: preflights are answered without a token,
 * answers carry the allow and expose headers, other origins get none. The default origins are the
 * realm's {@code oki-web} web origins.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class CorsTest {

  private static final String FRONTEND = "http://localhost:5173";

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .header("Origin", FRONTEND)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
        .when()
        .options("/api/v1/residents/x")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONTEND)
        .header("Access-Control-Allow-Methods", containsString("PUT"))
        .header("Access-Control-Allow-Headers", containsString("Authorization"))
        .header("Access-Control-Allow-Headers", containsString("If-Match"))
        .header("Access-Control-Max-Age", "3600")
        .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    given()
        .header("Origin", FRONTEND)
        .header("Access-Control-Request-Method", "POST")
        .when()
        .options("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONTEND);
    assertThat(EchoBackend.REQUESTS.get()).as("preflights are not forwarded").isEqualTo(before);
  }

  @Test
  void aProxiedAnswerToAnAllowedOriginCarriesTheAllowAndExposeHeaders() {
    given()
        .auth()
        .oauth2(TestTokens.user("dukcapil1").roles("registry-officer").mint())
        .header("Origin", FRONTEND)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONTEND)
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
        .header("Access-Control-Expose-Headers", containsString("Retry-After"))
        .header("ETag", "\"7\"");
    // an error of the gateway's own carries them too, so that the page can read the problem
    given()
        .header("Origin", FRONTEND)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", FRONTEND);
  }

  @Test
  void aServicesOwnCorsHeadersAreNotPassedOn() {
    String token = TestTokens.user("dukcapil1").roles("registry-officer").mint();
    given()
        .auth()
        .oauth2(token)
        .header("Origin", FRONTEND)
        .queryParam("permissive-cors", "yes")
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONTEND)
        .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    given()
        .auth()
        .oauth2(token)
        .queryParam("permissive-cors", "yes")
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void anotherOriginGetsNoAllowOriginButA403Problem() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .when()
        .options("/api/v1/residents/x")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okikab.go.id/problems/forbidden"))
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .auth()
        .oauth2(TestTokens.user("dukcapil1").roles("registry-officer").mint())
        .header("Origin", "https://evil.example")
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Methods", nullValue());
    // a look-alike of an allowed origin is another origin
    given()
        .header("Origin", FRONTEND + ".evil.example")
        .when()
        .get("/api/v1/open/public/X1")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
    assertThat(EchoBackend.REQUESTS.get()).as("nothing forwarded").isEqualTo(before);
  }

  @Test
  void theGatewaysOwnOriginAndRequestsWithoutAnOriginAreServed() {
    String token = TestTokens.user("dukcapil1").roles("registry-officer").mint();
    // e.g. the Swagger UI served by the gateway, which sends its origin on writes
    given()
        .auth()
        .oauth2(token)
        .header("Origin", "http://localhost:" + RestAssured.port)
        .body("{}")
        .when()
        .post("/api/v1/echo/things")
        .then()
        .statusCode(200);
    given().auth().oauth2(token).when().get("/api/v1/echo/things").then().statusCode(200);
  }

  @Test
  void answersVaryOnTheOrigin() {
    given()
        .header("Origin", FRONTEND)
        .when()
        .get("/api/v1/open/public/X2")
        .then()
        .statusCode(200)
        .header("Vary", containsString("Origin"));
    given().when().get("/api/v1/open/public/X3").then().header("Vary", containsString("Origin"));
  }

  @Test
  void theDefaultOriginsAreTheRealmsWebOrigins() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("OKI_CORS_ORIGINS") == null, "OKI_CORS_ORIGINS replaces the defaults");
    JsonNode realm =
        new ObjectMapper().readTree(Path.of("../deploy/keycloak/oki-realm.json").toFile());
    List<String> webOrigins = new ArrayList<>();
    for (JsonNode client : realm.path("clients")) {
      if ("oki-web".equals(client.path("clientId").asText())) {
        client.path("webOrigins").forEach(o -> webOrigins.add(o.asText()));
      }
    }
    assertThat(webOrigins).isNotEmpty().doesNotContain("*", "+");
    List<String> configured =
        ConfigProvider.getConfig().getValues("quarkus.http.cors.origins", String.class);
    assertThat(configured).containsExactlyInAnyOrderElementsOf(webOrigins);
  }
}

package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.platform.testing.KeycloakResource;
import id.go.okikab.platform.testing.KeycloakTokens;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The gateway against the real Keycloak distribution with realm oki: tokens of the demo users and
 * of the agency client, obtained from Keycloak itself.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
@WithTestResource(KeycloakResource.class)
class KeycloakGatewayTest {

  @Test
  void aCitizensTokenFromKeycloakIsAcceptedAndForwarded() {
    String warga1 = KeycloakTokens.password("warga1");
    given()
        .auth()
        .oauth2(warga1)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .body("headers.authorization", equalTo("Bearer " + warga1));
    given().auth().oauth2(warga1).when().get("/api/v1/me/timeline").then().statusCode(200);
    given()
        .auth()
        .oauth2(warga1)
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void anOperatorSeesTheDashboard() {
    given()
        .auth()
        .oauth2(KeycloakTokens.password("kominfo1"))
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(200);
  }

  @Test
  void theAgencyClientReachesOnlyItsRoutes() {
    String agency =
        KeycloakTokens.clientCredentials(
            KeycloakTokens.AGENCY_VERIFIER, KeycloakTokens.AGENCY_VERIFIER_SECRET);
    given()
        .auth()
        .oauth2(agency)
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/v1/echo/verifications")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(agency)
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void tokensNotIssuedByTheRealmAreRefused() {
    given().when().get("/api/v1/echo/things").then().statusCode(401);
    given().auth().oauth2("garbage").when().get("/api/v1/echo/things").then().statusCode(401);
    // signed with the tests' key, not Keycloak's
    given()
        .auth()
        .oauth2(TestTokens.user("dukcapil1").roles("registry-officer").mint())
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}

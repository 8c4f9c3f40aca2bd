package id.go.okikab.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A Quarkus application with {@link KeycloakResource} validates real Keycloak tokens: the test key
 * that this module's {@code microprofile-config.properties} configures is really switched off by
 * the empty {@code quarkus.oidc.public-key}, and the issuer is Keycloak's.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class KeycloakResourceTest {

  @Test
  void theTestKeySettingsAreReplaced() {
    var config = ConfigProvider.getConfig();
    assertTrue(
        config.getOptionalValue("quarkus.oidc.public-key", String.class).isEmpty(),
        "an empty value unsets the public key of the %test profile");
    assertEquals(
        TestServers.keycloak().issuer(),
        config.getValue("quarkus.oidc.token.issuer", String.class));
    assertEquals(TestTokens.AUDIENCE, config.getValue("quarkus.oidc.token.audience", String.class));
  }

  @Test
  void aRealKeycloakTokenIsAccepted() {
    given()
        .auth()
        .oauth2(KeycloakTokens.password("warga1"))
        .get("/whoami")
        .then()
        .statusCode(200)
        .body("name", is("warga1"))
        .body("roles", hasItem("citizen"))
        .body("nik", is("1602055708900001"));
  }

  @Test
  void rolesComeFromRealmAccess() {
    given()
        .auth()
        .oauth2(KeycloakTokens.password("umkm1"))
        .get("/whoami/citizen")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(KeycloakTokens.password("bidan1"))
        .get("/whoami/citizen")
        .then()
        .statusCode(403);
  }

  @Test
  void aClientCredentialsTokenIsAccepted() {
    given()
        .auth()
        .oauth2(
            KeycloakTokens.clientCredentials(
                KeycloakTokens.PAYMENT_PROVIDER, KeycloakTokens.PAYMENT_PROVIDER_SECRET))
        .get("/whoami")
        .then()
        .statusCode(200)
        .body("roles", hasItem("payment-provider"));
  }

  @Test
  void aTokenSignedWithTheTestKeyIsRejected() {
    String minted =
        TestTokens.citizen("warga1", "1602055708900001")
            .issuer(TestServers.keycloak().issuer())
            .mint();
    given().auth().oauth2(minted).get("/whoami").then().statusCode(401);
  }

  @Test
  void noTokenIsUnauthorized() {
    given().get("/whoami").then().statusCode(401);
  }
}

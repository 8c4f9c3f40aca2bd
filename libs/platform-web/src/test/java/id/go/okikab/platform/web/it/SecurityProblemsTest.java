package id.go.okikab.platform.web.it;

import static id.go.okikab.platform.web.it.Fixtures.PROBLEM_JSON;
import static id.go.okikab.platform.web.it.Fixtures.TYPE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 401 and 403 reach the shared mappers (proactive authentication is off) as problem+json. */
@QuarkusTest
class SecurityProblemsTest {

  private static void expectUnauthorized(String token) {
    var request = given();
    if (token != null) {
      request.auth().oauth2(token);
    }
    request
        .when()
        .get("/api/v1/things/me")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("X-Request-Id", notNullValue())
        .body("type", equalTo(TYPE + "unauthorized"))
        .body("status", equalTo(401))
        .body("requestId", notNullValue());
  }

  @Test
  void missingToken() {
    expectUnauthorized(null);
  }

  @Test
  void badSignature() {
    String token = Fixtures.citizen();
    String signature = token.substring(token.lastIndexOf('.') + 1);
    char flipped = signature.charAt(10) == 'A' ? 'B' : 'A';
    String tampered =
        token.substring(0, token.lastIndexOf('.') + 1)
            + signature.substring(0, 10)
            + flipped
            + signature.substring(11);
    expectUnauthorized(tampered);
  }

  @Test
  void garbageToken() {
    expectUnauthorized("not-a-jwt");
  }

  @Test
  void expiredToken() {
    expectUnauthorized(TestTokens.citizen("warga1", Fixtures.NIK).lifetimeSeconds(-3600).mint());
  }

  @Test
  void wrongAudience() {
    expectUnauthorized(TestTokens.citizen("warga1", Fixtures.NIK).audience("another-api").mint());
  }

  @Test
  void wrongIssuer() {
    expectUnauthorized(
        TestTokens.citizen("warga1", Fixtures.NIK)
            .issuer("https://evil.example/realms/oki")
            .mint());
  }

  @Test
  void wrongRoleIsForbidden() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/failures/admin")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "forbidden"))
        .body("requestId", notNullValue());
  }

  @Test
  void rightRolePasses() {
    given()
        .auth()
        .oauth2(TestTokens.user("admin1").roles("admin").mint())
        .when()
        .get("/api/v1/failures/admin")
        .then()
        .statusCode(200)
        .body("ok", equalTo("admin"));
  }

  @Test
  void forbiddenProblemFromAServiceIs403() {
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/failures/owner-check")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "forbidden"))
        .body("detail", equalTo("Only the owner may see this."));
  }

  @Test
  void anonymousReachesPublicEndpoints() {
    given().when().get("/api/v1/failures/public").then().statusCode(200);
  }
}

package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.gateway.proxy.EchoBackend;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The citizen overview: composed from the services, partial when one is down. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class CitizenResourceTest {

  @Test
  void theOverviewComposesTheSectionsAndSaysWhichAreUnavailable() {
    String citizen = TestTokens.citizen("warga1", "1602055708900001").mint();
    JsonPath overview =
        given()
            .auth()
            .oauth2(citizen)
            .when()
            .get("/api/v1/me/overview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(overview.getBoolean("complete")).isFalse();
    assertThat(overview.getString("sections.'echo-section'.status")).isEqualTo("ok");
    // the section's service was called with the citizen's own token
    assertThat(overview.getString("sections.'echo-section'.data.headers.authorization"))
        .isEqualTo("Bearer " + citizen);
    assertThat(overview.getString("sections.'gone-section'.status")).isEqualTo("unavailable");
    assertThat(overview.getString("sections.'gone-section'.detail")).contains("gone");

    given().when().get("/api/v1/me/overview").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.user("kominfo1").roles("operator").mint())
        .when()
        .get("/api/v1/me/overview")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}

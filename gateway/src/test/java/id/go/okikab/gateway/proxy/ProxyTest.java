package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Route pass-through, streaming, failures and security at the gateway, against a real HTTP backend.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class ProxyTest {

  static String officer() {
    return TestTokens.user("dukcapil1").roles("registry-officer").mint();
  }

  @Test
  void methodPathQueryBodyStatusAndHeadersPassThroughUnchanged() {
    String token = officer();
    Response response =
        given()
            .auth()
            .oauth2(token)
            .header("X-Request-Id", "gw-pass-1")
            .header("X-Custom", "kept")
            .contentType(ContentType.JSON)
            .body("{\"a\":1}")
            .queryParam("q", "kayu agung")
            .queryParam("status", "201")
            .when()
            .put("/api/v1/echo/things/42")
            .then()
            .statusCode(201)
            .header("X-Echo", "yes")
            .header("ETag", "\"7\"")
            .header("X-Request-Id", "gw-pass-1")
            .body("method", equalTo("PUT"))
            .body("path", equalTo("/api/v1/echo/things/42"))
            .body("query", containsString("q=kayu%20agung"))
            .body("headers.authorization", equalTo("Bearer " + token))
            .body("headers.x-request-id", equalTo("gw-pass-1"))
            .body("headers.x-custom", equalTo("kept"))
            .body("bodyBytes", equalTo(7))
            .extract()
            .response();
    assertThat(response.jsonPath().getString("headers.x-forwarded-for")).isNotBlank();
  }

  /**
   * 20 MiB up and 32 MiB down, streamed from and into a generator (the JDK client, not REST
   * Assured, whose failure log would keep a copy of every body).
   */
  @Test
  void largeBodiesStreamBothWays() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long upload = 20L * 1024 * 1024;
    HttpResponse<String> up =
        http.send(
            HttpRequest.newBuilder(gateway("/api/v1/echo/uploads"))
                .header("Authorization", "Bearer " + officer())
                .header("Content-Type", "application/octet-stream")
                .POST(
                    HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(upload)),
                        upload))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(up.body()).contains("\"bodyBytes\":" + upload);

    HttpResponse<InputStream> down =
        http.send(
            HttpRequest.newBuilder(gateway("/api/v1/echo/large?mb=32"))
                .header("Authorization", "Bearer " + officer())
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(down.statusCode()).isEqualTo(200);
    long total = 0;
    try (InputStream body = down.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int read; (read = body.read(buffer)) > 0; ) {
        total += read;
      }
    }
    assertThat(total).isEqualTo(32L * 1024 * 1024);
  }

  private static URI gateway(String path) {
    return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
  }

  /** {@code size} zero bytes, generated as they are read. */
  private static final class ZeroStream extends InputStream {
    private long left;

    ZeroStream(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
      left -= n;
      return n;
    }
  }

  @Test
  void withoutATokenRoutedResourcesAre401ProblemsExceptPublicPaths() {
    given()
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("https://okikab.go.id/problems/unauthorized"));
    given()
        .auth()
        .oauth2("not.a.token")
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(
            TestTokens.user("x").roles("citizen").issuer("https://evil.example/realms/oki").mint())
        .when()
        .get("/api/v1/echo/things")
        .then()
        .statusCode(401);
    given()
        .when()
        .get("/api/v1/open/public/ABC123")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/open/public/ABC123"));
    given().when().get("/api/v1/open/private").then().statusCode(401);
  }

  @Test
  void agencyClientsReachOnlyTheRoutesTheirRolesOpen() {
    String agency = TestTokens.client("dukcapil-pusat").roles("agency-verifier").mint();
    given()
        .auth()
        .oauth2(agency)
        .contentType(ContentType.JSON)
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
        .contentType("application/problem+json")
        .body("type", equalTo("https://okikab.go.id/problems/forbidden"));
  }

  @Test
  void anUnreachableServiceIs503NamingItNeverAHang() {
    given()
        .auth()
        .oauth2(officer())
        .when()
        .get("/api/v1/gone/anything")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("type", equalTo("https://okikab.go.id/problems/dependency-unavailable"))
        .body("detail", containsString("gone"));
  }

  @Test
  void aSlowServiceTimesOutWith504() {
    long start = System.nanoTime();
    given()
        .auth()
        .oauth2(officer())
        .when()
        .get("/api/v1/echo/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("detail", containsString("echo"));
    // the service answers after 20 s: the gateway gave up at its 2 s timeout
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void theLongestPrefixWinsSoAServiceCanOwnASubPathOfAGatewayResource() {
    // /api/v1/echo-sub/deep is routed by prefix "echo-sub/deep" to echo; /api/v1/echo-sub/other is
    // not routed
    given()
        .auth()
        .oauth2(officer())
        .when()
        .get("/api/v1/echo-sub/deep/x")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/echo-sub/deep/x"));
    given().auth().oauth2(officer()).when().get("/api/v1/echo-sub/other").then().statusCode(404);
  }

  @Test
  void unknownResourcesAre404Problems() {
    given()
        .auth()
        .oauth2(officer())
        .when()
        .get("/api/v1/no-such-resource/1")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}

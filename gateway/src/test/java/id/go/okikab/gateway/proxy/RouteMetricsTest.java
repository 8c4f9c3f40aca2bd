package id.go.okikab.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The public {@code /q/metrics} labels a proxied request with the template of the route it matched
 * (the owning service's OpenAPI path, else the routing table's prefix), never with its path: no
 * record id reaches the metrics, and the number of {@code uri} values stays that of the routes.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class RouteMetricsTest {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static String officer() {
    return TestTokens.user("dukcapil1").roles("registry-officer").mint();
  }

  private static List<String> httpServerLines() {
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics.lines().filter(l -> l.startsWith("http_server_requests")).toList();
  }

  private static List<String> countLines(String uri, String method, String status) {
    return httpServerLines().stream()
        .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
        .filter(l -> l.contains("uri=\"" + uri + "\""))
        .filter(l -> l.contains("method=\"" + method + "\""))
        .filter(l -> l.contains("status=\"" + status + "\""))
        .toList();
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  @Test
  void proxiedRequestsAreLabelledWithTheTemplateOfTheirRouteNeverWithTheirPath() throws Exception {
    String token = officer();
    // echo's templates are learnt from its OpenAPI document when the gateway starts
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              given()
                  .auth()
                  .oauth2(token)
                  .get("/api/v1/echo/things/" + UUID.randomUUID())
                  .then()
                  .statusCode(200);
              return !countLines("/api/v1/echo/things/{id}", "GET", "200").isEmpty();
            });
    double before = value(countLines("/api/v1/echo/things/{id}", "GET", "200").get(0));
    for (String id : List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString())) {
      given().auth().oauth2(token).get("/api/v1/echo/things/" + id).then().statusCode(200);
    }
    // a literal segment wins over a parameter, as in the service
    given().auth().oauth2(token).get("/api/v1/echo/things/mine").then().statusCode(200);
    // a route whose service documents nothing under it: the prefix with a wildcard
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/echo-sub/deep/" + UUID.randomUUID())
        .then()
        .statusCode(200);
    // answered by the gateway itself on a routed path: labelled the same way
    given().get("/api/v1/echo/things/" + UUID.randomUUID()).then().statusCode(401);
    // a path the gateway refuses to normalise is no route: it must not become a label either
    HttpResponse<String> malformed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            RestAssured.baseURI
                                + ":"
                                + RestAssured.port
                                + "/api/v1/echo/%2F"
                                + UUID.randomUUID()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(malformed.statusCode()).isEqualTo(400);

    List<String> idRoute = countLines("/api/v1/echo/things/{id}", "GET", "200");
    assertThat(idRoute).as("one series for the route, whatever the id").hasSize(1);
    assertThat(value(idRoute.get(0)) - before).isEqualTo(2.0);
    assertThat(countLines("/api/v1/echo/things/mine", "GET", "200")).hasSize(1);
    assertThat(countLines("/api/v1/echo-sub/deep/*", "GET", "200")).hasSize(1);
    assertThat(countLines("/api/v1/echo/things/{id}", "GET", "401")).hasSize(1);
    assertThat(httpServerLines())
        .as("no record id in the HTTP metrics")
        .noneMatch(l -> UUID_TEXT.matcher(l).find());
  }

  @Test
  void theGatewaysOwnEndpointsKeepTheirTemplates() {
    given()
        .auth()
        .oauth2(TestTokens.citizen("warga1", "1602055708900001").mint())
        .get("/api/v1/me/timeline")
        .then()
        .statusCode(200);
    given().get("/api/v1/verifications/" + UUID.randomUUID() + "!").then().statusCode(400);
    given().get("/api/v1/verifications/OK-12345").then().statusCode(200);
    // a method the resource does not take: Quarkus REST sets no template, the path must not show
    given().delete("/api/v1/verifications/" + UUID.randomUUID()).then().statusCode(405);
    assertThat(countLines("/api/v1/me/timeline", "GET", "200")).hasSize(1);
    assertThat(countLines("/api/v1/verifications/{code}", "GET", "200")).hasSize(1);
    assertThat(countLines("/api/v1/verifications/{code}", "GET", "400")).hasSize(1);
    assertThat(httpServerLines()).noneMatch(l -> UUID_TEXT.matcher(l).find());
  }
}

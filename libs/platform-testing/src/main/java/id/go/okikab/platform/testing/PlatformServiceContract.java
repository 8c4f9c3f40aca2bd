package id.go.okikab.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What every platform service provides from its first day, checked against the running service on
 * real PostgreSQL and Kafka. A service's test extends it:
 *
 * <pre>
 * &#64;QuarkusTest
 * class CivilRegistryServiceContractTest extends PlatformServiceContract {}
 * </pre>
 *
 * (with {@link PostgresResource} and {@link KafkaResource} active for the module).
 *
 * <p>It also sends every service the input an attacker would — request lines and headers beyond the
 * limits, invalid percent-escapes, NUL bytes, page numbers that overflow an offset, JSON bodies
 * with a repeated member — on every route its OpenAPI document lists, with a token that holds every
 * realm role ({@link #everyRoleToken()}): each must answer 4xx problem details, never a 500, so
 * that no caller can make a service fail (nor, through the gateway, open its circuit).
 */
public abstract class PlatformServiceContract {

  /** Every realm role of realm oki (deploy/keycloak/oki-realm.json). */
  protected static final List<String> REALM_ROLES =
      List.of(
          "citizen",
          "merchant",
          "registry-officer",
          "health-officer",
          "tax-officer",
          "permit-officer",
          "marketplace-admin",
          "operator",
          "admin",
          "agency-verifier",
          "payment-provider");

  private static final String PROBLEM_JSON = "application/problem+json";

  /** Tables every service's database gets from the platform migrations. */
  protected static final List<String> PLATFORM_TABLES =
      List.of(
          "outbox_event",
          "processed_event",
          "read_audit",
          "idempotency_key",
          "payment_notification",
          "stored_file");

  @Test
  void readinessChecksTheDatabaseAndKafka() {
    JsonPath health =
        given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getList("checks.name", String.class))
        .anyMatch(name -> name.toLowerCase().contains("database"))
        .anyMatch(name -> name.toLowerCase().contains("kafka"));
  }

  @Test
  void livenessIncludesTheOutboxRelay() {
    given()
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("outbox-relay"));
  }

  @Test
  void servesItsOpenApiDocument() {
    given()
        .queryParam("format", "json")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("openapi", startsWith("3."))
        .body("components.securitySchemes.bearer.type", equalTo("http"));
  }

  @Test
  void exposesPrometheusMetricsIncludingTheOutbox() {
    given().when().get("/api/v1/no-such-resource").then().statusCode(404); // one request to count
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("oki_outbox_backlog")
        .contains("oki_outbox_publish_latency_seconds")
        .contains("http_server_requests_seconds");
  }

  @Test
  void migratedThePlatformTables() throws Exception {
    DataSource dataSource = Arc.container().instance(DataSource.class).get();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      for (String table : PLATFORM_TABLES) {
        s.setString(1, table);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          assertThat(rs.getBoolean(1)).as("table %s", table).isTrue();
        }
      }
    }
  }

  @Test
  void answersAnUnknownRouteWithProblemDetailsAndTheRequestId() {
    given()
        .header("X-Request-Id", "contract-check-1")
        .when()
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", "contract-check-1")
        .body("status", equalTo(404))
        .body("requestId", equalTo("contract-check-1"));
  }

  // ---- hostile input: problem details, never a 500

  /**
   * A token with every realm role and a {@code nik}, so that role checks let the hostile requests
   * reach parameter and body handling. A service whose officers need more claims (a facility)
   * overrides it.
   */
  protected String everyRoleToken() {
    return TestTokens.user("contract-every-role")
        .roles(REALM_ROLES.toArray(String[]::new))
        .nik("1602055708900091")
        .mint();
  }

  @Test
  void anOverlongRequestTargetIs414ProblemDetails() {
    RawHttp.Response response =
        RawHttp.get(
            RestAssured.port, "/api/v1/no-such-resource?q=" + "a".repeat(9_000), requestId("414"));
    assertProblem(response, 414, "uri-too-long", "414");
  }

  @Test
  void oversizedHeadersAre431ProblemDetails() {
    RawHttp.Response response =
        RawHttp.get(
            RestAssured.port,
            "/api/v1/no-such-resource",
            requestId("431"),
            "X-Padding-1: " + "a".repeat(6_000),
            "X-Padding-2: " + "a".repeat(6_000),
            "X-Padding-3: " + "a".repeat(6_000));
    assertProblem(response, 431, "request-header-fields-too-large", "431");
  }

  @Test
  void anInvalidPercentEscapeIs400ProblemDetails() {
    assertProblem(
        RawHttp.get(RestAssured.port, "/api/v1/things/%zz", requestId("escape-path")),
        400,
        "malformed-request",
        "escape-path");
    assertProblem(
        RawHttp.get(RestAssured.port, "/api/v1/things?q=%e", requestId("escape-query")),
        400,
        "malformed-request",
        "escape-query");
  }

  @Test
  void aNulByteOrControlCharacterInThePathOrQueryIs400ProblemDetails() {
    for (String target :
        List.of("/api/v1/things/%00", "/api/v1/things?q=a%00b", "/api/v1/things/a%0Ab")) {
      RawHttp.Response response =
          RawHttp.get(
              RestAssured.port, target, "Authorization: Bearer " + everyRoleToken(), "Accept: */*");
      assertThat(response.status()).as(target).isEqualTo(400);
      assertThat(response.header("content-type")).as(target).startsWith(PROBLEM_JSON);
    }
  }

  /** Every GET with a {@code page} parameter, asked for page 1,000,000,000 (and 100,000,000). */
  @Test
  void everyListRouteRefusesAPageNumberBeyondTheMaximum() throws Exception {
    List<String> routes = routes("get", op -> hasQueryParameter(op, "page"));
    String token = everyRoleToken();
    for (String route : routes) {
      for (String query : List.of("page=1000000000", "page=100000000&size=50")) {
        JsonPath problem =
            given()
                .auth()
                .oauth2(token)
                .urlEncodingEnabled(false)
                .when()
                .get(route + "?" + query)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field", String.class))
            .as("%s?%s", route, query)
            .contains("page");
      }
    }
  }

  /** Every JSON body (POST, PUT, PATCH), sent with a member repeated. */
  @Test
  void everyJsonBodyRefusesARepeatedMember() throws Exception {
    String token = everyRoleToken();
    for (String method : List.of("post", "put", "patch")) {
      for (String route : routes(method, PlatformServiceContract::takesJson)) {
        var response =
            given()
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("If-Match", "\"0\"")
                .body("{\"reason\": 1, \"reason\": \"x\", \"nik\": \"1\", \"nik\": \"2\"}")
                .when()
                .request(method.toUpperCase(), route)
                .then()
                .extract();
        assertThat(response.statusCode())
            .as("%s %s: %s", method, route, response.asString())
            .isEqualTo(400);
        assertThat(response.contentType()).as("%s %s", method, route).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type"))
            .as("%s %s", method, route)
            .isEqualTo("https://okikab.go.id/problems/malformed-request");
      }
    }
  }

  private static String requestId(String suffix) {
    return "X-Request-Id: contract-hostile-" + suffix;
  }

  private static void assertProblem(
      RawHttp.Response response, int status, String type, String requestIdSuffix) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("content-type")).startsWith(PROBLEM_JSON);
    assertThat(response.header("x-request-id")).isEqualTo("contract-hostile-" + requestIdSuffix);
    JsonPath body = new JsonPath(response.body());
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("type")).isEqualTo("https://okikab.go.id/problems/" + type);
    assertThat(body.getString("requestId")).isEqualTo("contract-hostile-" + requestIdSuffix);
  }

  /**
   * The service's own routes (under {@code /api/}) that have an operation {@code method} matching
   * {@code filter}, with each path parameter replaced by a value of its type (a random UUID);
   * routes with other path parameters are left out.
   */
  private static List<String> routes(String method, java.util.function.Predicate<JsonNode> filter)
      throws Exception {
    String document =
        given()
            .queryParam("format", "json")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode paths = new ObjectMapper().readTree(document).path("paths");
    List<String> routes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode operation = path.getValue().get(method);
      if (!path.getKey().startsWith("/api/") || operation == null || !filter.test(operation)) {
        continue;
      }
      concrete(path.getKey(), path.getValue(), operation).ifPresent(routes::add);
    }
    return routes;
  }

  private static Optional<String> concrete(String template, JsonNode pathItem, JsonNode operation) {
    String route = template;
    List<JsonNode> parameters = new ArrayList<>();
    pathItem.path("parameters").forEach(parameters::add);
    operation.path("parameters").forEach(parameters::add);
    for (JsonNode parameter : parameters) {
      if (!"path".equals(parameter.path("in").asText())) {
        continue;
      }
      if (!"uuid".equals(parameter.path("schema").path("format").asText())) {
        return Optional.empty();
      }
      route =
          route.replace("{" + parameter.path("name").asText() + "}", UUID.randomUUID().toString());
    }
    return route.contains("{") ? Optional.empty() : Optional.of(route);
  }

  private static boolean hasQueryParameter(JsonNode operation, String name) {
    for (JsonNode parameter : operation.path("parameters")) {
      if ("query".equals(parameter.path("in").asText())
          && name.equals(parameter.path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean takesJson(JsonNode operation) {
    return operation.path("requestBody").path("content").has("application/json");
  }
}

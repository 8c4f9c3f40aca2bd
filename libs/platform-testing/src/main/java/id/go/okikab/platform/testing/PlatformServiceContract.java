package id.go.okikab.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
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
 */
public abstract class PlatformServiceContract {

  /** Tables every service's database gets from the platform migrations. */
  protected static final List<String> PLATFORM_TABLES =
      List.of("outbox_event", "processed_event", "read_audit", "idempotency_key");

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
}

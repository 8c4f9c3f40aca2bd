package id.go.okikab.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Overview, public verification, merged OpenAPI and the live feed. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class GatewayFeaturesTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;

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

  @Test
  void aVerificationCodeGoesToTheServiceThatKnowsIt() {
    given()
        .when()
        .get("/api/v1/verifications/OK-12345")
        .then()
        .statusCode(200)
        .header("X-Verified-By", "echo")
        .body("status", equalTo("VALID"))
        .body("code", equalTo("OK-12345"));
    // a code with echo's prefix is asked of echo alone: it does not know it
    given()
        .when()
        .get("/api/v1/verifications/EC-NOPE-1234")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // without a known prefix every verifier is asked; the civil registry is down in this test,
    // so "not found" cannot be told apart from "not reachable": 503 naming it
    given()
        .when()
        .get("/api/v1/verifications/NOPE-1234")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", containsString("civil-registry"));
    given()
        .when()
        .get("/api/v1/verifications/bad code!")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void oneOpenApiDocumentCoversTheGatewayAndTheRoutedPathsOfEachService() {
    JsonPath doc =
        given().when().get("/api/v1/openapi").then().statusCode(200).extract().jsonPath();
    assertThat(doc.getString("info.title")).isEqualTo("OKI Smart Regency Platform API");
    assertThat(doc.getMap("paths"))
        .containsKeys("/api/v1/echo/things", "/api/v1/me/overview", "/api/v1/me/timeline");
    assertThat(doc.getMap("paths")).doesNotContainKey("/api/v1/unrouted/x");
    assertThat(doc.getString("paths.'/api/v1/echo/things'.x-oki-service")).isEqualTo("echo");
    // echo's Cell differs from the gateway's (dashboard): renamed, and its reference follows
    assertThat(doc.getMap("components.schemas")).containsKeys("Cell", "echo_Cell");
    assertThat(
            doc.getString(
                "paths.'/api/v1/echo/things'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/echo_Cell");
    assertThat(doc.getList("info.x-oki-unavailable", String.class))
        .contains("gone")
        .doesNotContain("echo");
  }

  @Test
  void operatorsWatchEventsLiveButRestrictedTopicsOnlyWithTheRightRole() throws Exception {
    List<String> operatorLines = listen(TestTokens.user("kominfo1").roles("operator").mint());
    List<String> adminLines = listen(TestTokens.user("admin1").roles("admin").mint());
    String registration = UUID.randomUUID().toString();
    String pregnancy = UUID.randomUUID().toString();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              send(
                  new BirthRegistered(
                      registration,
                      UUID.randomUUID().toString(),
                      "a".repeat(64),
                      null,
                      null,
                      LocalDate.of(2026, 11, 20),
                      Sex.MALE,
                      "1602052011",
                      false,
                      null));
              send(
                  new BirthReported(
                      pregnancy,
                      null,
                      "b".repeat(64),
                      OffsetDateTime.now(),
                      BirthReported.Outcome.LIVE_BIRTH,
                      Sex.MALE,
                      3100,
                      490,
                      "P-160205",
                      "1602052011"));
              return contains(operatorLines, registration) && contains(adminLines, pregnancy);
            });
    assertThat(contains(operatorLines, pregnancy))
        .as("health event shown to an operator")
        .isFalse();
    String line =
        operatorLines.stream().filter(l -> l.contains(registration)).findFirst().orElseThrow();
    assertThat(line)
        .startsWith("data:")
        .contains("\"type\":\"id.go.okikab.civil-registry.BirthRegistered.v1\"")
        .contains("\"topic\":\"civil-registry.birth.v1\"")
        .contains("\"source\":\"/test\"");
    given()
        .auth()
        .oauth2(TestTokens.citizen("warga1", "1602055708900001").mint())
        .when()
        .get("/api/v1/events/stream")
        .then()
        .statusCode(403);
  }

  private List<String> listen(String token) {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(lines::add));
    return lines;
  }

  private static boolean contains(List<String> lines, String text) {
    return lines.stream().anyMatch(l -> l.contains(text));
  }

  private void send(DomainEvent event) throws Exception {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    ProducerRecord<String, String> record =
        CloudEventRecords.of(
            type.topic().name(),
            type.ceType(),
            event.aggregateId(),
            json.writeValueAsString(event));
    kafka.produceStrings().fromRecords(record).awaitCompletion();
  }
}

package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.gateway.proxy.EchoBackend;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.RestAssured;
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

/** The live event feed (Server-Sent Events) and its restricted topics. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class EventStreamResourceTest {

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;

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

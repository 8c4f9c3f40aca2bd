package id.go.okikab.platform.web.it;

import static id.go.okikab.platform.testing.TopicProbe.header;
import static id.go.okikab.platform.web.it.Fixtures.NIK;
import static id.go.okikab.platform.web.it.Fixtures.citizen;
import static id.go.okikab.platform.web.it.Fixtures.thingJson;
import static id.go.okikab.platform.web.it.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import id.go.okikab.platform.web.testapp.ThingEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A request's correlation id and trace context travel into the events it causes, through the outbox
 * and the relay onto Kafka; an idempotent retry causes no second event.
 */
@QuarkusTest
class EventPropagationTest {

  private static final String TOPIC = ThingEvents.THINGS.name();

  @Inject SubjectRefs subjectRefs;

  @Test
  void theRequestIdAndTraceReachTheEventOnKafka() {
    String requestId = "web-event-" + UUID.randomUUID();
    String traceId = hex(16);
    String callerSpan = hex(8);
    String id =
        given()
            .auth()
            .oauth2(citizen())
            .header("X-Request-Id", requestId)
            .header("traceparent", "00-" + traceId + "-" + callerSpan + "-00")
            .contentType(ContentType.JSON)
            .body(thingJson(uniqueCode()))
            .when()
            .post("/api/v1/things")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    try (TopicProbe probe = TopicProbe.of(TOPIC)) {
      ConsumerRecord<String, String> record =
          probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(10)).get(0);
      assertThat(header(record, "ce_correlationid")).isEqualTo(requestId);
      assertThat(header(record, "traceparent"))
          .startsWith("00-" + traceId + "-")
          .doesNotContain(callerSpan); // the service's own spans continue the caller's trace
      assertThat(record.value())
          .contains(subjectRefs.of(NIK))
          .doesNotContain(NIK); // the owner travels as subjectRef, never as NIK
    }
  }

  @Test
  void anIdempotentRetryPublishesOneEvent() {
    String key = "retry-" + UUID.randomUUID();
    String body = thingJson(uniqueCode());
    String first = create(key, body);
    String second = create(key, body);
    assertThat(second).isEqualTo(first);

    try (TopicProbe probe = TopicProbe.of(TOPIC)) {
      probe.await(r -> first.equals(r.key()), 1, Duration.ofSeconds(10));
      List<ConsumerRecord<String, String>> events =
          probe.drain(r -> first.equals(r.key()), Duration.ofSeconds(2));
      assertThat(events).hasSize(1);
    }
  }

  private static String create(String idempotencyKey, String body) {
    return given()
        .auth()
        .oauth2(citizen())
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/things")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}

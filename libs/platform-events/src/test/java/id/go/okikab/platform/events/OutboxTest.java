package id.go.okikab.platform.events;

import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.platform.events.fixture.ParcelService;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.testing.TopicProbe;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** Proof 1: a write publishes its event through the outbox and the relay. */
@QuarkusTest
class OutboxTest {

  private static final String TOPIC = ParcelEvents.PARCELS.name();

  @Inject ParcelService parcels;
  @Inject Outbox outbox;
  @Inject EntityManager entityManager;
  @Inject OpenTelemetry openTelemetry;

  @Test
  void aCommittedWriteIsOnTheTopicWithKeyCloudEventsHeadersAndBody() {
    MDC.put(Outbox.REQUEST_ID_MDC_KEY, "req-outbox-test-1");
    UUID id;
    try {
      id = parcels.register("1602052011");
    } finally {
      MDC.remove(Outbox.REQUEST_ID_MDC_KEY);
    }

    // the relay polls only every 30 s in these tests: within 5 s only the commit can have woken it
    try (TopicProbe probe = TopicProbe.of(TOPIC)) {
      ConsumerRecord<String, String> record =
          probe.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(5)).get(0);

      assertThat(record.key()).isEqualTo(id.toString());
      assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
      assertThat(header(record, "ce_type")).isEqualTo("id.go.okikab.fixture.ParcelRegistered.v1");
      assertThat(header(record, "ce_source")).isEqualTo("/events-fixture");
      assertThat(header(record, "ce_subject")).isEqualTo(id.toString());
      assertThat(OffsetDateTime.parse(header(record, "ce_time")))
          .isBefore(OffsetDateTime.now().plusSeconds(1));
      assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(record, "content-type")).isEqualTo("application/json");
      assertThat(header(record, "ce_correlationid")).isEqualTo("req-outbox-test-1");
      assertThat(record.value())
          .isEqualTo("{\"parcelId\":\"" + id + "\",\"desaCode\":\"1602052011\"}");
    }
  }

  @Test
  void theRowIsMarkedSentOnlyAfterTheBrokerAcknowledged() {
    UUID id = parcels.register("1602052012");
    try (TopicProbe probe = TopicProbe.of(TOPIC)) {
      probe.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(5));
    }
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sentAt(id) != null);
    assertThat(sentAt(id)).isNotNull();
  }

  @Test
  void aRolledBackTransactionPublishesNothing() {
    assertThatThrownBy(() -> parcels.registerAndFail("1602052013"))
        .isInstanceOf(IllegalStateException.class);
    Number rows =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE payload LIKE '%1602052013%'")
                .getSingleResult();
    assertThat(rows.intValue()).isZero();
  }

  @Test
  void publishingOutsideATransactionIsRefused() {
    assertThatThrownBy(
            () -> outbox.publish(new ParcelEvents.ParcelMoved(UUID.randomUUID().toString(), 1)))
        .isInstanceOf(TransactionalException.class);
  }

  @Test
  void aTypeMissingFromTheCatalogIsRefusedAndNothingIsWritten() {
    UUID id = parcels.register("1602052014");
    assertThatThrownBy(() -> parcels.lose(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ParcelLost is not in the event catalog");
  }

  @Test
  void theWritersTraceContinuesOnTheRecord() {
    Span span = openTelemetry.getTracer("test").spanBuilder("registration request").startSpan();
    UUID id;
    try (Scope ignored = span.makeCurrent()) {
      id = parcels.register("1602052015");
    } finally {
      span.end();
    }
    String traceId = span.getSpanContext().getTraceId();
    try (TopicProbe probe = TopicProbe.of(TOPIC)) {
      ConsumerRecord<String, String> record =
          probe.await(r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(5)).get(0);
      assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
    }
  }

  private Object sentAt(UUID parcelId) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT sent_at FROM outbox_event WHERE aggregate_id = ?1"
                            + " AND event_type LIKE '%ParcelRegistered%'")
                    .setParameter(1, parcelId.toString())
                    .getResultStream()
                    .findFirst()
                    .orElse(null));
  }
}

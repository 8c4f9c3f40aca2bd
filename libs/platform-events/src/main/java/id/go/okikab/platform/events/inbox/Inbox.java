package id.go.okikab.platform.events.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.CloudEventHeaders;
import id.go.okikab.contracts.CloudEventHeaders.DeadLetter;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.EventCatalog.EventType;
import id.go.okikab.platform.events.EventsConfig;
import id.go.okikab.platform.events.KafkaSettings;
import id.go.okikab.platform.events.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The one way a service consumes events: idempotent, transactional, with bounded retries and a
 * dead-letter topic, so a poison record never blocks its partition.
 *
 * <pre>
 * &#64;Incoming("health-pregnancy")
 * &#64;Blocking
 * public void consume(ConsumerRecord&lt;String, String&gt; record) {
 *   inbox.process("civil-registry", record, event -&gt;
 *       event.as(BirthReported.class).ifPresent(births::openFromHealth));
 * }
 * </pre>
 *
 * <p>Each attempt runs in a new transaction that first records the event's {@code ce_id} in {@code
 * processed_event} (per consumer) and then runs the handler; a repeated {@code ce_id} is skipped. A
 * failed attempt rolls back both and is retried after a growing pause; after {@code
 * oki.inbox.max-attempts} (or at once for an unreadable record or a {@link
 * NonRetriableEventException}) the record goes to {@code <topic>.dlq} with the error in its
 * headers, and the consumer moves on. The handler must not start its own transaction with
 * REQUIRES_NEW for the effect: it joins the inbox's.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class);

  /** Consumes one event inside the inbox's transaction. */
  @FunctionalInterface
  public interface Handler {
    void handle(IncomingEvent event) throws Exception;
  }

  private static final String RECORD =
      "INSERT INTO processed_event (consumer, event_id, event_type, topic) VALUES (?1, ?2, ?3, ?4)"
          + " ON CONFLICT DO NOTHING";

  private final EntityManager entityManager;
  private final EventCatalog catalog;
  private final ObjectMapper json;
  private final EventsConfig.Inbox config;
  private final Map<String, Object> kafkaConfig;
  private final String applicationName;
  private final MeterRegistry metrics;
  private Producer<String, String> deadLetters;
  private volatile boolean shuttingDown;

  Inbox(
      EntityManager entityManager,
      EventCatalog catalog,
      ObjectMapper json,
      EventsConfig.Inbox config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "quarkus.application.name") String applicationName,
      MeterRegistry metrics) {
    this.entityManager = entityManager;
    this.catalog = catalog;
    this.json = json;
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.applicationName = applicationName;
    this.metrics = metrics;
  }

  /** What happened to a record. */
  public enum Outcome {
    /** the handler ran and its transaction committed */
    PROCESSED,
    /** the event id was already processed by this consumer */
    DUPLICATE,
    /** a type this platform version does not know (a newer producer): skipped */
    UNKNOWN_TYPE,
    /** sent to the dead-letter topic */
    DEAD_LETTERED
  }

  /**
   * Applies {@code record} once for {@code consumer} (use the consumer's group id).
   *
   * @return what happened, for logs and tests
   */
  public Outcome process(String consumer, ConsumerRecord<String, String> record, Handler handler) {
    IncomingEvent event;
    try {
      event = read(record);
    } catch (UnknownTypeException e) {
      LOG.debugf("%s skips %s: %s", consumer, position(record), e.getMessage());
      count(consumer, record.topic(), Outcome.UNKNOWN_TYPE);
      return Outcome.UNKNOWN_TYPE;
    } catch (RuntimeException e) {
      return deadLetter(consumer, record, e, 0);
    }
    Object previousRequestId = MDC.get(Outbox.REQUEST_ID_MDC_KEY);
    if (event.correlationId() != null) {
      MDC.put(Outbox.REQUEST_ID_MDC_KEY, event.correlationId());
    }
    try {
      int maxAttempts = Math.max(1, config.maxAttempts());
      Duration pause = config.backoff();
      Exception failure = null;
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        try {
          boolean applied =
              QuarkusTransaction.requiringNew()
                  .call(
                      () -> {
                        int recorded =
                            entityManager
                                .createNativeQuery(RECORD)
                                .setParameter(1, consumer)
                                .setParameter(2, event.id())
                                .setParameter(3, event.type().ceType())
                                .setParameter(4, event.topic())
                                .executeUpdate();
                        if (recorded == 0) {
                          return false;
                        }
                        handler.handle(event);
                        return true;
                      });
          Outcome outcome = applied ? Outcome.PROCESSED : Outcome.DUPLICATE;
          count(consumer, record.topic(), outcome);
          return outcome;
        } catch (Exception e) {
          failure = unwrap(e);
          if (failure instanceof NonRetriableEventException || shuttingDown) {
            return deadLetter(consumer, record, failure, attempt);
          }
          LOG.debugf(
              "%s failed on %s (attempt %d of %d): %s",
              consumer, position(record), attempt, maxAttempts, failure.toString());
          if (attempt < maxAttempts) {
            sleep(pause);
            pause = pause.multipliedBy(2);
          }
        }
      }
      return deadLetter(consumer, record, failure, maxAttempts);
    } finally {
      if (previousRequestId != null) {
        MDC.put(Outbox.REQUEST_ID_MDC_KEY, previousRequestId);
      } else {
        MDC.remove(Outbox.REQUEST_ID_MDC_KEY);
      }
    }
  }

  IncomingEvent read(ConsumerRecord<String, String> record) {
    Headers headers = record.headers();
    String id = header(headers, CloudEventHeaders.ID);
    String ceType = header(headers, CloudEventHeaders.TYPE);
    if (id == null || ceType == null) {
      throw new IllegalArgumentException("not a CloudEvent: ce_id or ce_type header missing");
    }
    UUID eventId;
    try {
      eventId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ce_id is not a UUID");
    }
    EventType type =
        catalog.forCeType(ceType).orElseThrow(() -> new UnknownTypeException("unknown " + ceType));
    if (record.value() == null) {
      throw new IllegalArgumentException("record has no body");
    }
    Object payload;
    try {
      payload = json.readValue(record.value(), type.javaType());
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "body is not a valid " + type.name() + ": " + e.getClass().getSimpleName());
    }
    OffsetDateTime time = null;
    String timeHeader = header(headers, CloudEventHeaders.TIME);
    if (timeHeader != null) {
      try {
        time = OffsetDateTime.parse(timeHeader);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("ce_time is not an RFC 3339 date-time");
      }
    }
    return new IncomingEvent(
        eventId,
        type,
        header(headers, CloudEventHeaders.SOURCE),
        header(headers, CloudEventHeaders.SUBJECT),
        time,
        header(headers, CloudEventHeaders.CORRELATION_ID),
        record.topic(),
        record.partition(),
        record.offset(),
        payload);
  }

  private Outcome deadLetter(
      String consumer, ConsumerRecord<String, String> record, Exception error, int attempts) {
    String topic = record.topic() + ".dlq";
    ProducerRecord<String, String> dead =
        new ProducerRecord<>(topic, null, record.key(), record.value());
    for (Header header : record.headers()) {
      dead.headers().add(header);
    }
    dead.headers()
        .add(DeadLetter.CONSUMER, utf8(consumer))
        .add(DeadLetter.ERROR, utf8(describe(error)))
        .add(DeadLetter.ERROR_CLASS, utf8(error.getClass().getName()))
        .add(DeadLetter.ATTEMPTS, utf8(Integer.toString(attempts)))
        .add(DeadLetter.ORIGINAL_TOPIC, utf8(record.topic()))
        .add(DeadLetter.ORIGINAL_PARTITION, utf8(Integer.toString(record.partition())))
        .add(DeadLetter.ORIGINAL_OFFSET, utf8(Long.toString(record.offset())))
        .add(DeadLetter.FAILED_AT, utf8(OffsetDateTime.now().toString()));
    Duration pause = Duration.ofMillis(500);
    while (true) {
      try {
        deadLetterProducer().send(dead).get(30, TimeUnit.SECONDS);
        LOG.warnf(
            "%s sent %s to %s after %d attempt(s): %s",
            consumer, position(record), topic, attempts, describe(error));
        count(consumer, record.topic(), Outcome.DEAD_LETTERED);
        return Outcome.DEAD_LETTERED;
      } catch (Exception e) {
        if (shuttingDown) {
          // not acknowledged: the record is delivered again after the restart
          throw new IllegalStateException(
              "shutting down before " + topic + " accepted the record", e);
        }
        LOG.warnf("cannot write to %s yet (%s); retrying", topic, e.getMessage());
        resetDeadLetterProducer();
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                ? Duration.ofSeconds(10)
                : pause.multipliedBy(2);
      }
    }
  }

  private synchronized Producer<String, String> deadLetterProducer() {
    if (deadLetters == null) {
      Properties properties = KafkaSettings.of(kafkaConfig, ProducerConfig.configNames());
      properties.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-inbox-dlq");
      properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      properties.put(ProducerConfig.ACKS_CONFIG, "all");
      properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
      properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
      properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
      deadLetters = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
    return deadLetters;
  }

  private synchronized void resetDeadLetterProducer() {
    if (deadLetters != null) {
      deadLetters.close(Duration.ZERO);
      deadLetters = null;
    }
  }

  void stop(@Observes ShutdownEvent shutdown) {
    shuttingDown = true;
    synchronized (this) {
      if (deadLetters != null) {
        deadLetters.close(Duration.ofSeconds(5));
        deadLetters = null;
      }
    }
  }

  /** Forgets processed event ids older than {@code oki.inbox.retention}. */
  @Scheduled(
      every = "1h",
      delayed = "5m",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void prune() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "DELETE FROM processed_event"
                            + " WHERE processed_at < clock_timestamp() - make_interval(secs => ?1)")
                    .setParameter(1, config.retention().toSeconds())
                    .executeUpdate());
  }

  private void count(String consumer, String topic, Outcome outcome) {
    metrics
        .counter(
            "oki.inbox.events", "consumer", consumer, "topic", topic, "outcome", outcome.name())
        .increment();
  }

  private static Exception unwrap(Exception e) {
    Throwable current = e;
    while (current.getCause() != null
        && !(current instanceof NonRetriableEventException)
        && (current instanceof io.quarkus.narayana.jta.QuarkusTransactionException
            || current instanceof RuntimeException
                && current.getClass() == RuntimeException.class)) {
      current = current.getCause();
    }
    return current instanceof Exception ex ? ex : e;
  }

  /** The error for the dead-letter header: type and message, bounded, no stack trace. */
  private static String describe(Exception error) {
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    return text.length() > 500 ? text.substring(0, 500) : text;
  }

  private static String position(ConsumerRecord<String, String> record) {
    return record.topic() + "/" + record.partition() + "@" + record.offset();
  }

  private static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class UnknownTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownTypeException(String message) {
      super(message);
    }
  }
}

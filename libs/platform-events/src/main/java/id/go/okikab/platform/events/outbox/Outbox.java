package id.go.okikab.platform.events.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.EventCatalog.EventType;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * The one way a service publishes an event: {@link #publish(DomainEvent)} inside the transaction
 * that makes the change. The event is stored in the service's {@code outbox_event} table and the
 * {@link OutboxRelay} publishes it after the commit; if the transaction rolls back, the event never
 * existed.
 */
@ApplicationScoped
public class Outbox {

  /** MDC key of the request's correlation id (set by platform-web and by the inbox). */
  public static final String REQUEST_ID_MDC_KEY = "requestId";

  private static final Object WAKE_REGISTERED = new Object();

  static final String INSERT =
      "INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, source, occurred_at,"
          + " payload, correlation_id, traceparent, tracestate)"
          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

  private final EntityManager entityManager;
  private final EventCatalog catalog;
  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;
  private final OpenTelemetry openTelemetry;
  private final String source;

  Outbox(
      EntityManager entityManager,
      EventCatalog catalog,
      ObjectMapper json,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay,
      OpenTelemetry openTelemetry,
      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
    this.entityManager = entityManager;
    this.catalog = catalog;
    this.json = json;
    this.transactions = transactions;
    this.relay = relay;
    this.openTelemetry = openTelemetry;
    this.source = "/" + applicationName;
  }

  /**
   * Stores {@code event} for publication when the current transaction commits.
   *
   * @return the event id ({@code ce_id})
   * @throws jakarta.transaction.TransactionalException when no transaction is active
   * @throws IllegalArgumentException when the event's type is not in the {@link EventCatalog}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(DomainEvent event) {
    EventType type =
        catalog
            .forJavaType(event.getClass())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        event.getClass().getName() + " is not in the event catalog"));
    String aggregateId = event.aggregateId();
    if (aggregateId == null || aggregateId.isBlank()) {
      throw new IllegalArgumentException(type.name() + " has no aggregate id");
    }
    String payload;
    try {
      payload = json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise " + type.name(), e);
    }
    Map<String, String> trace = new HashMap<>();
    openTelemetry
        .getPropagators()
        .getTextMapPropagator()
        .inject(Context.current(), trace, (carrier, key, value) -> carrier.put(key, value));
    UUID id = UUID.randomUUID();
    entityManager
        .createNativeQuery(INSERT)
        .setParameter(1, id)
        .setParameter(2, type.topic().name())
        .setParameter(3, aggregateId)
        .setParameter(4, type.ceType())
        .setParameter(5, source)
        .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter(7, payload)
        .setParameter(8, correlationId())
        .setParameter(9, trace.get("traceparent"))
        .setParameter(10, trace.get("tracestate"))
        .executeUpdate();
    wakeRelayAfterCommit();
    return id;
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wake();
            }
          }
        });
  }

  private static String correlationId() {
    Object value = MDC.get(REQUEST_ID_MDC_KEY);
    return value == null ? null : value.toString();
  }
}

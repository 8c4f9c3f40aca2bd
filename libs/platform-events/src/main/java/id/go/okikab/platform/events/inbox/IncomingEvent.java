package id.go.okikab.platform.events.inbox;

import id.go.okikab.contracts.EventCatalog.EventType;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An event as a consumer sees it: its CloudEvents attributes, where it came from, and its payload
 * as the catalogued Java record.
 */
public record IncomingEvent(
    UUID id,
    EventType type,
    String source,
    String subject,
    OffsetDateTime time,
    String correlationId,
    String topic,
    int partition,
    long offset,
    Object payload) {

  /** The payload when it is a {@code javaType}, so a consumer can pick the types it handles. */
  public <T> Optional<T> as(Class<T> javaType) {
    return javaType.isInstance(payload) ? Optional.of(javaType.cast(payload)) : Optional.empty();
  }
}

package id.go.okikab.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka records shaped like the ones the outbox relay publishes (CloudEvents 1.0 binary mode), for
 * tests that feed a consumer with real records on a real topic.
 *
 * <pre>
 * kafka.produceStrings().fromRecords(
 *     CloudEventRecords.of("civil-registry.birth.v1", "id.go.okikab.civil-registry.BirthRegistered.v1",
 *         registrationId, json)).awaitCompletion();
 * </pre>
 */
public final class CloudEventRecords {

  private CloudEventRecords() {}

  /** A record with a new event id, the current time and source {@code /test}. */
  public static ProducerRecord<String, String> of(
      String topic, String ceType, String aggregateId, String json) {
    return of(topic, ceType, aggregateId, json, UUID.randomUUID(), OffsetDateTime.now());
  }

  public static ProducerRecord<String, String> of(
      String topic,
      String ceType,
      String aggregateId,
      String json,
      UUID eventId,
      OffsetDateTime time) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, json);
    record
        .headers()
        .add("ce_id", bytes(eventId.toString()))
        .add("ce_type", bytes(ceType))
        .add("ce_source", bytes("/test"))
        .add("ce_subject", bytes(aggregateId))
        .add("ce_time", bytes(time.toString()))
        .add("ce_specversion", bytes("1.0"))
        .add("content-type", bytes("application/json"));
    return record;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}

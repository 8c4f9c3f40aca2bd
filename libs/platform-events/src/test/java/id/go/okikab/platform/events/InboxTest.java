package id.go.okikab.platform.events;

import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.platform.events.fixture.ParcelLedger;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Proof 2: one effect per event id; a poison event goes to the dead-letter topic. */
@QuarkusTest
class InboxTest {

  private static final String TOPIC = ParcelEvents.PARCELS.name();
  private static final String DLQ = ParcelEvents.PARCELS.deadLetterTopic();

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ParcelLedger ledger;

  @Test
  void theSameEventDeliveredTwiceHasOneEffect() {
    String parcel = UUID.randomUUID().toString();
    UUID eventId = UUID.randomUUID();
    ProducerRecord<String, String> moved = moved(eventId, parcel, 7);
    kafka.produceStrings().fromRecords(List.of(moved, moved(eventId, parcel, 7))).awaitCompletion();
    // a third, distinct event after the duplicate proves the duplicate was consumed (skipped)
    kafka.produceStrings().fromRecords(moved(UUID.randomUUID(), parcel, 8)).awaitCompletion();

    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ledger.steps(parcel).size() == 2);
    assertThat(ledger.steps(parcel)).containsExactly(7, 8);
    assertThat(ledger.entriesOf(eventId)).isEqualTo(1);
  }

  @Test
  void aPoisonEventGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
    String parcel = UUID.randomUUID().toString();
    UUID poison = UUID.randomUUID();
    kafka
        .produceStrings()
        .fromRecords(
            List.of(
                moved(poison, parcel, -1), // fails on every attempt
                moved(UUID.randomUUID(), parcel, 1))) // same key, same partition, behind it
        .awaitCompletion();

    try (TopicProbe probe = TopicProbe.of(DLQ)) {
      ConsumerRecord<String, String> dead =
          probe
              .await(r -> poison.toString().equals(header(r, "ce_id")), 1, Duration.ofSeconds(20))
              .get(0);
      assertThat(dead.key()).isEqualTo(parcel);
      assertThat(header(dead, "dlq_consumer")).isEqualTo(ParcelLedger.CONSUMER);
      assertThat(header(dead, "dlq_error")).contains("poison parcel step");
      assertThat(header(dead, "dlq_error_class")).isEqualTo(IllegalStateException.class.getName());
      assertThat(header(dead, "dlq_attempts")).isEqualTo("3");
      assertThat(header(dead, "dlq_original_topic")).isEqualTo(TOPIC);
      assertThat(header(dead, "ce_type")).isEqualTo("id.go.okikab.fixture.ParcelMoved.v1");
      assertThat(dead.value()).contains("\"step\":-1");
    }
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ledger.steps(parcel).size() == 1);
    assertThat(ledger.steps(parcel)).containsExactly(1);
  }

  @Test
  void unreadableAndNonRetriableRecordsGoStraightToTheDeadLetterTopic() {
    String parcel = UUID.randomUUID().toString();
    UUID malformed = UUID.randomUUID();
    UUID rejected = UUID.randomUUID();
    ProducerRecord<String, String> notJson = moved(malformed, parcel, 0);
    ProducerRecord<String, String> broken =
        new ProducerRecord<>(TOPIC, null, parcel, "{not json", notJson.headers());
    ProducerRecord<String, String> noId = new ProducerRecord<>(TOPIC, parcel, "{}");
    kafka
        .produceStrings()
        .fromRecords(
            List.of(broken, noId, moved(rejected, parcel, -2), moved(UUID.randomUUID(), parcel, 3)))
        .awaitCompletion();

    try (TopicProbe probe = TopicProbe.of(DLQ)) {
      List<ConsumerRecord<String, String>> dead =
          probe.await(r -> parcel.equals(r.key()), 3, Duration.ofSeconds(20));
      assertThat(dead).extracting(r -> header(r, "dlq_attempts")).containsExactly("0", "0", "1");
      assertThat(header(dead.get(0), "dlq_error")).contains("body is not a valid ParcelMoved");
      assertThat(header(dead.get(1), "dlq_error")).contains("ce_id or ce_type header missing");
      assertThat(header(dead.get(2), "dlq_error")).contains("step -2 can never apply");
    }
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> ledger.steps(parcel).size() == 1);
    assertThat(ledger.steps(parcel)).containsExactly(3);
  }

  static ProducerRecord<String, String> moved(UUID eventId, String parcel, int step) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(
            TOPIC, parcel, "{\"parcelId\":\"" + parcel + "\",\"step\":" + step + "}");
    record
        .headers()
        .add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8))
        .add("ce_type", "id.go.okikab.fixture.ParcelMoved.v1".getBytes(StandardCharsets.UTF_8))
        .add("ce_source", "/test".getBytes(StandardCharsets.UTF_8))
        .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
        .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    return record;
  }
}

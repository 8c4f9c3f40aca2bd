package id.go.okikab.platform.events;

import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event a consumer causes while handling another carries the incoming event's correlation id and
 * continues its trace: one request can be followed through every service it reaches.
 */
@QuarkusTest
class PropagationTest {

  @InjectKafkaCompanion KafkaCompanion kafka;

  @Test
  void anEventCausedByAConsumedEventKeepsItsCorrelationIdAndTrace() {
    String parcel = UUID.randomUUID().toString();
    String correlationId = "req-" + UUID.randomUUID();
    String traceId = hex(16);
    ProducerRecord<String, String> handedOn = InboxTest.moved(UUID.randomUUID(), parcel, 99);
    handedOn
        .headers()
        .add("ce_correlationid", correlationId.getBytes(StandardCharsets.UTF_8))
        .add(
            "traceparent",
            ("00-" + traceId + "-" + hex(8) + "-00").getBytes(StandardCharsets.UTF_8));
    kafka.produceStrings().fromRecords(handedOn).awaitCompletion();

    try (TopicProbe probe = TopicProbe.of(ParcelEvents.PARCELS.name())) {
      ConsumerRecord<String, String> caused =
          probe
              .await(r -> r.value().contains("handed-on:" + parcel), 1, Duration.ofSeconds(20))
              .get(0);
      assertThat(header(caused, "ce_type")).isEqualTo("id.go.okikab.fixture.ParcelRegistered.v1");
      assertThat(header(caused, "ce_correlationid")).isEqualTo(correlationId);
      assertThat(header(caused, "traceparent")).startsWith("00-" + traceId + "-");
    }
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}

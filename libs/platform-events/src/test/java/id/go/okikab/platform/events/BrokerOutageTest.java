package id.go.okikab.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.platform.events.fixture.ParcelLedger;
import id.go.okikab.platform.events.fixture.ParcelService;
import id.go.okikab.platform.events.outbox.OutboxRelay;
import id.go.okikab.platform.testing.InjectKafkaBroker;
import id.go.okikab.platform.testing.TestServers;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Proof 3: with the broker stopped, writes keep succeeding; when it is back, every event arrives,
 * none twice downstream, each aggregate's in order.
 */
@QuarkusTest
class BrokerOutageTest {

  private static final int PARCELS = 20;
  private static final int MOVES = 10;

  @InjectKafkaBroker TestServers.Kafka broker;
  @Inject ParcelService parcels;
  @Inject OutboxRelay relay;
  @Inject ParcelLedger ledger;
  @Inject EntityManager entityManager;

  @Test
  void twoHundredWritesDuringAnOutageAllArriveOnceAndInOrder() {
    assumeTrue(broker.restartable(), "needs a broker the tests started (not an external one)");
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < PARCELS; i++) {
      ids.add(parcels.register("1602052020"));
    }
    Set<String> keys = ids.stream().map(UUID::toString).collect(Collectors.toSet());
    try (TopicProbe probe = TopicProbe.of(ParcelEvents.PARCELS.name())) {
      probe.await(r -> keys.contains(r.key()), PARCELS, Duration.ofSeconds(10));
    }

    broker.stop();
    try {
      for (int step = 1; step <= MOVES; step++) {
        for (UUID id : ids) {
          parcels.move(id, step); // each its own transaction: all 200 succeed without a broker
        }
      }
      assertThat(pendingMoves(keys)).isEqualTo(PARCELS * MOVES);
      // the relay has met the outage (failed batch, backoff) before the broker comes back
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(relay::isFailing);
      assertThat(pendingMoves(keys)).isEqualTo(PARCELS * MOVES);
    } finally {
      broker.start();
    }

    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pendingMoves(keys) == 0);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ledgerCount(keys) == PARCELS * MOVES);

    // downstream: one effect per event, each parcel's steps applied 1..10 in order
    Map<String, List<Integer>> applied = ledger.stepsByParcel(keys);
    List<Integer> expected = IntStream.rangeClosed(1, MOVES).boxed().toList();
    ids.forEach(id -> assertThat(applied.get(id.toString())).isEqualTo(expected));

    // on the topic: every event, each parcel's events in step order
    try (TopicProbe probe = TopicProbe.of(ParcelEvents.PARCELS.name())) {
      List<ConsumerRecord<String, String>> moved =
          probe.await(
              r -> keys.contains(r.key()) && r.value().contains("\"step\""),
              PARCELS * MOVES,
              Duration.ofSeconds(30));
      Map<String, List<Integer>> onTopic = new HashMap<>();
      for (ConsumerRecord<String, String> record : moved) {
        int step = Integer.parseInt(record.value().replaceAll(".*\"step\":(-?\\d+).*", "$1"));
        List<Integer> steps = onTopic.computeIfAbsent(record.key(), k -> new ArrayList<>());
        if (steps.isEmpty() || steps.get(steps.size() - 1) != step) { // a redelivery repeats a step
          steps.add(step);
        }
      }
      ids.forEach(id -> assertThat(onTopic.get(id.toString())).isEqualTo(expected));
    }
  }

  private int pendingMoves(Set<String> keys) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL"
                                    + " AND aggregate_id = ANY(?1) AND event_type LIKE '%ParcelMoved%'")
                            .setParameter(1, keys.toArray(new String[0]))
                            .getSingleResult())
                    .intValue());
  }

  private int ledgerCount(Set<String> keys) {
    return ledger.stepsByParcel(keys).values().stream().mapToInt(List::size).sum();
  }
}

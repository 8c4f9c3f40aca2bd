package id.go.okikab.platform.events;

import static id.go.okikab.platform.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.platform.events.fixture.ParcelService;
import id.go.okikab.platform.testing.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Proof 4: two relays over one outbox (two workers, each its own producer and transactions,
 * claiming with FOR UPDATE SKIP LOCKED) publish every event exactly once, each aggregate in order,
 * while writes keep coming.
 */
@QuarkusTest
@TestProfile(TwoRelaysTest.TwoRelays.class)
class TwoRelaysTest {

  /** Two relay workers with small batches, so they contend for rows all the time. */
  public static class TwoRelays implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "oki.outbox.relay.workers", "2",
          "oki.outbox.relay.batch-size", "20",
          "oki.outbox.relay.poll-interval", "20ms");
    }
  }

  private static final int PARCELS = 40;
  private static final int MOVES = 25;

  @Inject ParcelService parcels;
  @Inject MeterRegistry metrics;

  @Test
  void everyEventIsPublishedOnceAndEachAggregateInOrder() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < PARCELS; i++) {
      ids.add(parcels.register("1602052030"));
    }
    for (int step = 1; step <= MOVES; step++) {
      for (UUID id : ids) {
        parcels.move(id, step);
      }
    }
    Set<String> keys = ids.stream().map(UUID::toString).collect(Collectors.toSet());
    int expected = PARCELS * (MOVES + 1);

    try (TopicProbe probe = TopicProbe.of(ParcelEvents.PARCELS.name())) {
      probe.await(r -> keys.contains(r.key()), expected, Duration.ofSeconds(60));
      List<ConsumerRecord<String, String>> records =
          probe.drain(r -> keys.contains(r.key()), Duration.ofSeconds(2));

      Set<String> eventIds = new HashSet<>();
      records.forEach(r -> eventIds.add(header(r, "ce_id")));
      assertThat(records).hasSize(expected);
      assertThat(eventIds).hasSize(expected);

      Map<String, List<Integer>> steps = new HashMap<>();
      for (ConsumerRecord<String, String> record : records) {
        int step =
            record.value().contains("\"step\"")
                ? Integer.parseInt(record.value().replaceAll(".*\"step\":(-?\\d+).*", "$1"))
                : 0; // ParcelRegistered comes first
        steps.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(step);
      }
      List<Integer> inOrder = IntStream.rangeClosed(0, MOVES).boxed().toList();
      ids.forEach(id -> assertThat(steps.get(id.toString())).isEqualTo(inOrder));
    }

    // both relays took part
    for (String worker : List.of("0", "1")) {
      double published =
          metrics.find("oki.outbox.published").tag("relay", worker).counters().stream()
              .mapToDouble(c -> c.count())
              .sum();
      assertThat(published).as("events published by relay %s", worker).isPositive();
    }
  }
}

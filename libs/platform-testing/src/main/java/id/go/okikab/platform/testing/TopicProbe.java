package id.go.okikab.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads real topics from their beginning, for assertions on the records a test caused. Topics are
 * shared by the tests of a JVM, so a test picks its own records with a predicate (its aggregate
 * ids, its event ids).
 *
 * <pre>
 * try (TopicProbe probe = TopicProbe.of("civil-registry.birth.v1")) {
 *   var records = probe.await(r -&gt; id.equals(r.key()), 1, Duration.ofSeconds(10));
 * }
 * </pre>
 */
public final class TopicProbe implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  private TopicProbe(String bootstrapServers, List<String> topics) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      partitionsOf(topic).forEach(p -> partitions.add(new TopicPartition(topic, p)));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** The topic's partitions, waiting up to 30 s for it to exist (e.g. a dead-letter topic). */
  private List<Integer> partitionsOf(String topic) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos != null && !infos.isEmpty()) {
        return infos.stream().map(info -> info.partition()).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("topic " + topic + " does not exist");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** A probe on the test JVM's broker ({@link TestServers#kafka()}). */
  public static TopicProbe of(String... topics) {
    return new TopicProbe(TestServers.kafka().bootstrapServers(), List.of(topics));
  }

  public static TopicProbe of(String bootstrapServers, List<String> topics) {
    return new TopicProbe(bootstrapServers, topics);
  }

  /**
   * Waits until {@code count} records matching {@code match} have been read.
   *
   * @return the matching records in the order read (per partition: the order on the topic)
   * @throws AssertionError when they do not arrive within {@code timeout}
   */
  public List<ConsumerRecord<String, String>> await(
      Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<ConsumerRecord<String, String>> matching = seen(match);
      if (matching.size() >= count) {
        return matching;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "expected "
                + count
                + " matching records within "
                + timeout
                + ", saw "
                + matching.size());
      }
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
  }

  /** Reads what arrives during {@code duration}, then returns every matching record seen. */
  public List<ConsumerRecord<String, String>> drain(
      Predicate<ConsumerRecord<String, String>> match, Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    return seen(match);
  }

  /** The matching records read so far. */
  public List<ConsumerRecord<String, String>> seen(
      Predicate<ConsumerRecord<String, String>> match) {
    return seen.stream().filter(match).collect(Collectors.toList());
  }

  /** The last value of header {@code name}, or null. */
  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}

package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.devstack.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows every topic of the event catalog from now on (as {@code ./oki tail} does, without a
 * consumer group), so that each step of the journey can show the events it caused.
 */
public final class EventWatch implements AutoCloseable {

  /** One platform event: its topic, CloudEvents type name, subject (the key) and body. */
  public record Event(String topic, String name, String subject, JsonNode data) {
    public String line() {
      return String.format("%-32s %-28s subject=%s", topic, name, subject);
    }
  }

  private final KafkaConsumer<String, String> consumer;
  private final BlockingQueue<Event> arrived = new LinkedBlockingQueue<>();
  private final Thread poller;
  private volatile boolean running = true;
  private volatile RuntimeException failure;

  public EventWatch(Stack stack) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "oki-demo-journey");
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (EventCatalog.Topic topic : PlatformEvents.CATALOG.topics()) {
      var infos = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10));
      if (infos != null) {
        infos.forEach(i -> partitions.add(new TopicPartition(topic.name(), i.partition())));
      }
    }
    if (partitions.isEmpty()) {
      consumer.close();
      throw new DemoFailure(
          "no platform topic on Kafka at " + stack.bootstrapServers() + ": is the platform up?");
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // resolve the end offsets now, so that nothing published after this point is missed
    partitions.forEach(consumer::position);
    poller = new Thread(this::poll, "oki-demo-events");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    try {
      while (running) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          arrived.add(event(record));
        }
      }
    } catch (WakeupException stopped) {
      // closing
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private static Event event(ConsumerRecord<String, String> record) {
    String type = header(record, "ce_type");
    String name =
        type == null
            ? "?"
            : PlatformEvents.CATALOG.forCeType(type).map(EventCatalog.EventType::name).orElse(type);
    JsonNode data;
    try {
      data = record.value() == null ? Api.object() : Api.JSON.readTree(record.value());
    } catch (IOException e) {
      data = Api.object();
    }
    String subject = header(record, "ce_subject");
    return new Event(record.topic(), name, subject == null ? record.key() : subject, data);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * Shows the events that arrive until each of {@code expected} has been seen (in any order), then
   * whatever follows within a short quiet period.
   *
   * @throws DemoFailure when an expected event does not arrive within {@code timeout}
   */
  public List<Event> expect(
      Consumer<Event> show, Duration timeout, List<Predicate<Event>> expected, String what) {
    List<Event> seen = new ArrayList<>();
    List<Predicate<Event>> waiting = new ArrayList<>(expected);
    Instant deadline = Instant.now().plus(timeout);
    try {
      while (!waiting.isEmpty()) {
        if (failure != null) {
          throw new DemoFailure("reading the platform's topics failed: " + failure, failure);
        }
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          throw new DemoFailure(
              "expected "
                  + what
                  + " on the platform's topics within "
                  + timeout.toSeconds()
                  + " s; saw "
                  + (seen.isEmpty() ? "none" : seen.stream().map(Event::name).toList()));
        }
        Event event = arrived.poll(Math.min(left, 200), TimeUnit.MILLISECONDS);
        if (event != null) {
          seen.add(event);
          show.accept(event);
          waiting.removeIf(p -> p.test(event));
        }
      }
      // stragglers of the same step (e.g. an event of another service reacting)
      Event event;
      while ((event = arrived.poll(400, TimeUnit.MILLISECONDS)) != null) {
        seen.add(event);
        show.accept(event);
      }
      return seen;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure("interrupted", e);
    }
  }

  public static Predicate<Event> named(String name, String subject) {
    return e -> e.name().equals(name) && (subject == null || subject.equals(e.subject()));
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      poller.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package id.go.okikab.platform.events.outbox;

import id.go.okikab.platform.events.EventsConfig;
import id.go.okikab.platform.events.KafkaSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka: {@link EventsConfig.Relay#workers()} threads per instance, each a
 * {@link RelayLoop} of {@link RelayEngine} passes with its own idempotent producer.
 *
 * <p>A worker drains without pausing while rows remain, then sleeps until a commit that wrote
 * outbox rows wakes it ({@link Outbox}) or the poll interval passes (rows written by other
 * replicas, retries). When the broker or the database is down, it backs off exponentially and
 * starts a fresh producer; the rows stay pending, nothing is lost. Several replicas may run: rows
 * are claimed with {@code FOR UPDATE SKIP LOCKED}.
 *
 * <p>Metrics: {@code oki_outbox_backlog} (pending rows), {@code oki_outbox_oldest_pending_seconds},
 * {@code oki_outbox_publish_latency_seconds} (row written → broker acknowledgement), {@code
 * oki_outbox_published_total}, {@code oki_outbox_publish_failures_total}.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

  private final DataSource dataSource;
  private final EventsConfig.Outbox config;
  private final Map<String, Object> kafkaConfig;
  private final String applicationName;
  private final MeterRegistry metrics;
  private final Tracer tracer;
  private final OpenTelemetry openTelemetry;
  private final Semaphore wakeUps = new Semaphore(0);
  private final List<Thread> workers = new ArrayList<>();
  private final List<RelayLoop> loops = new ArrayList<>();
  private volatile boolean running;

  private final Timer latency;
  private final Counter failures;
  private volatile Backlog backlog = new Backlog(0, 0, Instant.EPOCH);

  private record Backlog(long pending, double oldestSeconds, Instant readAt) {}

  OutboxRelay(
      DataSource dataSource,
      EventsConfig.Outbox config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "quarkus.application.name") String applicationName,
      MeterRegistry metrics,
      OpenTelemetry openTelemetry) {
    this.dataSource = dataSource;
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.applicationName = applicationName;
    this.metrics = metrics;
    this.openTelemetry = openTelemetry;
    this.tracer = openTelemetry.getTracer("oki-outbox-relay");
    this.latency =
        Timer.builder("oki.outbox.publish.latency")
            .description("From the outbox row's insert to the broker's acknowledgement")
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .register(metrics);
    this.failures =
        Counter.builder("oki.outbox.publish.failures")
            .description("Outbox rows whose publication failed (they are retried)")
            .register(metrics);
    Gauge.builder("oki.outbox.backlog", this, r -> r.backlog().pending())
        .description("Outbox rows not yet acknowledged by the broker")
        .register(metrics);
    Gauge.builder("oki.outbox.oldest.pending.seconds", this, r -> r.backlog().oldestSeconds())
        .description("Age of the oldest pending outbox row")
        .register(metrics);
  }

  void start(@Observes StartupEvent startup) {
    if (!config.relay().enabled()) {
      LOG.info("outbox relay disabled on this instance (oki.outbox.relay.enabled=false)");
      return;
    }
    running = true;
    RelayLoop.Timing timing =
        new RelayLoop.Timing(
            config.relay().pollInterval(),
            config.relay().initialBackoff(),
            config.relay().maxBackoff());
    for (int i = 0; i < config.relay().workers(); i++) {
      int worker = i;
      RelayEngine engine =
          new RelayEngine(dataSource, config.relay().batchSize(), new Instrumentation(worker));
      RelayLoop loop =
          new RelayLoop(
              "outbox relay " + worker, engine, () -> newProducer(worker), wakeUps, timing);
      Thread thread = new Thread(loop, "outbox-relay-" + worker);
      thread.setDaemon(true);
      loops.add(loop);
      workers.add(thread);
      thread.start();
    }
  }

  void stop(@Observes ShutdownEvent shutdown) {
    running = false;
    loops.forEach(RelayLoop::stop);
    wakeUps.release(workers.size() + 1);
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    workers.clear();
    loops.clear();
  }

  /** Called after a commit that wrote outbox rows. */
  public void wake() {
    if (wakeUps.availablePermits() < Math.max(1, workers.size())) {
      wakeUps.release();
    }
  }

  /** True while every worker runs (or the relay is disabled). */
  public boolean isAlive() {
    return !running || workers.stream().allMatch(Thread::isAlive);
  }

  /** True while at least one worker's last pass failed (broker or database unreachable). */
  public boolean isFailing() {
    return loops.stream().anyMatch(RelayLoop::isFailing);
  }

  private Producer<String, byte[]> newProducer(int worker) {
    return new KafkaProducer<>(
        producerSettings(
            kafkaConfig,
            applicationName + "-outbox-relay-" + worker,
            config.relay().deliveryTimeout()),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /**
   * The relay's producer: idempotent, {@code acks=all}, batched and compressed for bursts.
   *
   * @param base the service's Kafka client settings (bootstrap servers, security)
   * @param deliveryTimeout how long a send may wait for the broker before it fails
   */
  public static Properties producerSettings(
      Map<String, Object> base, String clientId, Duration deliveryTimeout) {
    Properties properties = KafkaSettings.of(base, ProducerConfig.configNames());
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
    properties.put(
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
        (int) Math.min(10_000, deliveryTimeout.toMillis() - 10));
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    return properties;
  }

  private Backlog backlog() {
    Backlog current = backlog;
    if (Duration.between(current.readAt(), Instant.now()).compareTo(BACKLOG_CACHE) < 0) {
      return current;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(created_at)), 0)"
                    + " FROM outbox_event WHERE sent_at IS NULL");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      current = new Backlog(rs.getLong(1), rs.getDouble(2), Instant.now());
    } catch (SQLException e) {
      current = new Backlog(-1, -1, Instant.now());
    }
    backlog = current;
    return current;
  }

  /** Prunes sent rows older than the retention, in chunks. */
  @Scheduled(
      every = "${oki.outbox.prune-every:10m}",
      delayed = "1m",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void prune() {
    long seconds = config.retention().toSeconds();
    int deleted;
    int total = 0;
    do {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM outbox_event WHERE seq IN (SELECT seq FROM outbox_event"
                      + " WHERE created_at < clock_timestamp() - make_interval(secs => ?)"
                      + " AND sent_at IS NOT NULL LIMIT 5000)")) {
        s.setLong(1, seconds);
        deleted = s.executeUpdate();
        total += deleted;
      } catch (SQLException e) {
        LOG.warnf("pruning the outbox failed: %s", e.getMessage());
        return;
      }
    } while (deleted > 0 && running);
    if (total > 0) {
      LOG.debugf("pruned %d sent outbox rows", total);
    }
  }

  /** Metrics and a PRODUCER span per record, parented on the writer's trace. */
  private final class Instrumentation implements RelayEngine.Listener {

    private final String worker;

    Instrumentation(int worker) {
      this.worker = Integer.toString(worker);
    }

    private final TextMapGetter<Map<String, String>> getter =
        new TextMapGetter<>() {
          @Override
          public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
          }

          @Override
          public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
          }
        };

    @Override
    public void decorate(RelayEngine.Row row, Headers headers) {
      if (row.traceparent() == null) {
        return;
      }
      Map<String, String> stored = new HashMap<>();
      stored.put("traceparent", row.traceparent());
      if (row.tracestate() != null) {
        stored.put("tracestate", row.tracestate());
      }
      var propagator = openTelemetry.getPropagators().getTextMapPropagator();
      Context parent = propagator.extract(Context.root(), stored, getter);
      Span span =
          tracer
              .spanBuilder(row.topic() + " publish")
              .setParent(parent)
              .setSpanKind(SpanKind.PRODUCER)
              .setAttribute("messaging.system", "kafka")
              .setAttribute("messaging.destination.name", row.topic())
              .setAttribute("messaging.message.id", row.eventId().toString())
              .startSpan();
      Map<String, String> outgoing = new HashMap<>();
      propagator.inject(parent.with(span), outgoing, (carrier, k, v) -> carrier.put(k, v));
      span.end();
      if (outgoing.isEmpty()) {
        RelayEngine.Listener.super.decorate(row, headers); // tracing off: pass the writer's on
        return;
      }
      outgoing.forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void published(RelayEngine.Row row, Instant ackedAt) {
      latency.record(Duration.between(row.createdAt(), ackedAt));
      metrics.counter("oki.outbox.published", "topic", row.topic(), "relay", worker).increment();
    }

    @Override
    public void failed(int count, Exception cause) {
      failures.increment(count);
    }
  }
}

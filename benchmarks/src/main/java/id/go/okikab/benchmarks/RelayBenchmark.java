package id.go.okikab.benchmarks;

import id.go.okikab.platform.events.outbox.OutboxRelay;
import id.go.okikab.platform.events.outbox.RelayEngine;
import id.go.okikab.platform.events.outbox.RelayLoop;
import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The outbox relay against the raw producer, side by side on one PostgreSQL (fsync on) and one
 * Kafka broker, on this machine:
 *
 * <ol>
 *   <li>throughput: a raw idempotent producer ({@code acks=all}, the relay's own settings and
 *       records) sends N events; the relay drains N pending outbox rows with 1 and with 2 workers;
 *       interleaved over several rounds, medians reported, and the ratio relay / raw;
 *   <li>a 5,000-event burst written by 50 transactions of 100 while the relay idles: time until the
 *       last event is on the topic (read by a consumer), and commit → consume p50/p99;
 *   <li>idle latency: single-event transactions 20 ms apart, commit → consume p50/p99.
 * </ol>
 *
 * System properties: {@code bench.events} (default 50000), {@code bench.payload} bytes (1024),
 * {@code bench.rounds} (3).
 */
public final class RelayBenchmark {

  private static final int EVENTS = Integer.getInteger("bench.events", 50_000);
  private static final int PAYLOAD = Integer.getInteger("bench.payload", 1024);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final int AGGREGATES = 1_000;
  private static final int BATCH = Integer.getInteger("bench.batch", 1_000);
  private static final String TOPIC = "bench.event.v1";

  private final ReusedConnections dataSource;
  private final String bootstrap;
  private final String payloadPadding;

  private RelayBenchmark(ReusedConnections dataSource, String bootstrap) {
    this.dataSource = dataSource;
    this.bootstrap = bootstrap;
    // random hex: real events do not compress to nothing, and lz4 would flatter the raw producer
    StringBuilder padding = new StringBuilder();
    java.util.Random random = new java.util.Random(42);
    while (padding.length() < Math.max(0, PAYLOAD - 120)) {
      padding.append(Long.toHexString(random.nextLong()));
    }
    this.payloadPadding = padding.substring(0, Math.max(0, PAYLOAD - 120));
  }

  public static void main(String[] args) throws Exception {
    Path dir = ServerDirs.newEphemeral("bench");
    try (PostgresServer postgres =
            PostgresServer.start(
                new PostgresServer.Options(dir.resolve("pg"), Ports.free(), false)); // fsync on
        KafkaBroker kafka =
            KafkaBroker.start(
                new KafkaBroker.Options(dir.resolve("kafka"), Ports.free(), Ports.free(), true))) {
      postgres.createDatabase("bench");
      kafka.createTopics(List.of(new KafkaBroker.TopicSpec(TOPIC, 3)));
      ReusedConnections dataSource =
          new ReusedConnections(
              postgres.jdbcUrl("bench") + "?reWriteBatchedInserts=true",
              PostgresServer.USER,
              PostgresServer.PASSWORD);
      migrate(dataSource);
      RelayBenchmark bench = new RelayBenchmark(dataSource, kafka.bootstrapServers());
      System.out.printf(
          "%nRelay benchmark: %d events of ~%d B, %d aggregates, %d rounds; %d cores, Java %s%n",
          EVENTS,
          PAYLOAD,
          AGGREGATES,
          ROUNDS,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      System.out.printf(
          "PostgreSQL %s (fsync on), Kafka broker %s%n%n",
          postgres.description(), kafka.bootstrapServers());
      String only = System.getProperty("bench.only", "all");
      if (only.equals("all") || only.equals("throughput")) {
        bench.throughput();
      }
      if (only.equals("all") || only.equals("burst")) {
        bench.burst(5_000, 50);
      }
      if (only.equals("all") || only.equals("idle")) {
        bench.idle(200);
      }
    } finally {
      ServerDirs.deleteRecursively(dir);
    }
  }

  // ---- throughput -------------------------------------------------------------------------

  private void throughput() throws Exception {
    List<Double> stock = new ArrayList<>();
    List<Double> tuned = new ArrayList<>();
    List<Double> relay1 = new ArrayList<>();
    List<Double> relay2 = new ArrayList<>();
    rawProducer(5_000, false); // warm-up
    rawProducer(5_000, true);
    relayDrain(5_000, 1);
    for (int round = 1; round <= ROUNDS; round++) {
      stock.add(rawProducer(EVENTS, false));
      tuned.add(rawProducer(EVENTS, true));
      relay1.add(relayDrain(EVENTS, 1));
      relay2.add(relayDrain(EVENTS, 2));
      System.out.printf(
          "round %d: raw producer (Kafka defaults) %,.0f/s   raw producer (relay's settings) %,.0f/s"
              + "   relay 1 worker %,.0f/s   relay 2 workers %,.0f/s%n",
          round,
          stock.get(round - 1),
          tuned.get(round - 1),
          relay1.get(round - 1),
          relay2.get(round - 1));
    }
    double stockMedian = median(stock);
    double tunedMedian = median(tuned);
    double best = Math.max(median(relay1), median(relay2));
    System.out.printf(
        "%nmedians: raw producer with Kafka's default settings (like ProducerPerformance, acks=all,"
            + " idempotent) %,.0f records/s; raw producer with the relay's settings (256 KiB"
            + " batches, lz4) %,.0f records/s%n"
            + "relay: 1 worker %,.0f events/s, 2 workers %,.0f events/s (batch %d)%n"
            + "relay / raw: %.0f%% of the default-settings producer, %.0f%% of the tuned producer%n%n",
        stockMedian,
        tunedMedian,
        median(relay1),
        median(relay2),
        BATCH,
        100 * best / stockMedian,
        100 * best / tunedMedian);
  }

  /**
   * The relay's own records sent straight to the broker, by a producer with Kafka's default
   * settings (plus acks=all and idempotence, as ProducerPerformance is run) or the relay's.
   */
  private double rawProducer(int count, boolean relaySettings) throws Exception {
    RelayEngine recordMaker = new RelayEngine(dataSource, 1, null);
    List<RelayEngine.Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(i));
    }
    try (Producer<String, byte[]> producer =
        relaySettings ? producer("bench-raw-tuned") : stockProducer()) {
      long start = System.nanoTime();
      for (RelayEngine.Row row : rows) {
        producer.send(recordMaker.record(row));
      }
      producer.flush();
      return count / seconds(start);
    }
  }

  /** Inserts {@code count} pending rows (not timed), then times the relay draining them. */
  private double relayDrain(int count, int workers) throws Exception {
    truncate();
    insertPending(count, 5_000);
    CountDownLatch published = new CountDownLatch(count);
    RelayEngine.Listener counter =
        new RelayEngine.Listener() {
          @Override
          public void published(RelayEngine.Row row, Instant ackedAt) {
            published.countDown();
          }
        };
    Semaphore wakeUps = new Semaphore(0);
    List<RelayLoop> loops = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      RelayLoop loop =
          new RelayLoop(
              "bench relay " + w,
              new RelayEngine(dataSource, BATCH, counter),
              () -> producer("bench-relay"),
              wakeUps,
              new RelayLoop.Timing(
                  Duration.ofMillis(500), Duration.ofMillis(250), Duration.ofSeconds(5)));
      loops.add(loop);
      Thread thread = new Thread(loop, "bench-relay-" + w);
      threads.add(thread);
      thread.start();
    }
    if (!published.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("relay did not drain " + count + " events");
    }
    double rate = count / seconds(start);
    stop(loops, threads, wakeUps);
    return rate;
  }

  // ---- burst and latency ------------------------------------------------------------------

  private void burst(int events, int transactions) throws Exception {
    truncate();
    Map<String, Long> committedAt = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    try (Harness harness = new Harness(committedAt, latencies, events)) {
      long start = System.nanoTime();
      int perTransaction = events / transactions;
      for (int t = 0; t < transactions; t++) {
        insertAndWake(perTransaction, harness, committedAt);
      }
      long lastCommit = System.nanoTime();
      if (!harness.consumed.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException(
            "burst not consumed: " + harness.consumed.getCount() + " left");
      }
      double total = seconds(start);
      System.out.printf(
          "burst: %,d events in %d transactions written in %.2f s; all on the topic after %.2f s;"
              + " commit→consume p50 %d ms, p99 %d ms%n",
          events,
          transactions,
          (lastCommit - start) / 1e9,
          total,
          percentile(latencies, 50),
          percentile(latencies, 99));
    }
  }

  private void idle(int events) throws Exception {
    truncate();
    Map<String, Long> committedAt = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    try (Harness harness = new Harness(committedAt, latencies, events)) {
      for (int i = 0; i < events; i++) {
        insertAndWake(1, harness, committedAt);
        Thread.sleep(20);
      }
      if (!harness.consumed.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("idle events not consumed");
      }
      System.out.printf(
          "idle: %d single-event transactions 20 ms apart; commit→consume p50 %d ms, p99 %d ms,"
              + " max %d ms%n%n",
          events, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
    }
  }

  /** A relay (1 worker, woken on commit) and a consumer timing each event's arrival. */
  private final class Harness implements AutoCloseable {
    final Semaphore wakeUps = new Semaphore(0);
    final CountDownLatch consumed;
    final RelayLoop loop;
    final Thread relayThread;
    final Thread consumerThread;
    final AtomicBoolean running = new AtomicBoolean(true);

    Harness(Map<String, Long> committedAt, List<Long> latencies, int expected) throws Exception {
      consumed = new CountDownLatch(expected);
      KafkaConsumer<String, String> consumer = consumer();
      RelayEngine.Listener trace =
          new RelayEngine.Listener() {
            @Override
            public void published(RelayEngine.Row row, Instant ackedAt) {
              if (Boolean.getBoolean("bench.trace") && row.seq() % 100 == 0) {
                System.out.printf("published seq %d at %s%n", row.seq(), ackedAt);
              }
            }
          };
      loop =
          new RelayLoop(
              "bench relay",
              new RelayEngine(dataSource, BATCH, trace),
              () -> producer("bench-relay"),
              wakeUps,
              new RelayLoop.Timing(
                  Duration.ofMillis(500), Duration.ofMillis(250), Duration.ofSeconds(5)));
      relayThread = new Thread(loop, "bench-relay");
      consumerThread =
          new Thread(
              () -> {
                try (consumer) {
                  while (running.get()) {
                    for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(50))) {
                      long now = System.nanoTime();
                      var id = record.headers().lastHeader("ce_id");
                      Long committed =
                          id == null
                              ? null
                              : committedAt.get(new String(id.value(), StandardCharsets.UTF_8));
                      if (committed != null) {
                        latencies.add((now - committed) / 1_000_000);
                        consumed.countDown();
                      }
                    }
                  }
                }
              },
              "bench-consumer");
      consumerThread.start();
      relayThread.start();
    }

    void wake() {
      wakeUps.release();
    }

    @Override
    public void close() throws Exception {
      running.set(false);
      stop(List.of(loop), List.of(relayThread), wakeUps);
      consumerThread.join(10_000);
    }
  }

  private void insertAndWake(int count, Harness harness, Map<String, Long> committedAt)
      throws Exception {
    List<String> ids = new ArrayList<>(count);
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        RelayEngine.Row row = row(i);
        bind(insert, row);
        insert.addBatch();
        ids.add(row.eventId().toString());
      }
      insert.executeBatch();
      c.commit();
    }
    long now = System.nanoTime();
    ids.forEach(id -> committedAt.put(id, now));
    harness.wake();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static final String INSERT =
      "INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, source, occurred_at,"
          + " payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final AtomicLong sequence = new AtomicLong();

  private RelayEngine.Row row(int i) {
    String aggregate = "aggregate-" + (i % AGGREGATES);
    long n = sequence.incrementAndGet();
    String payload =
        "{\"aggregateId\":\""
            + aggregate
            + "\",\"n\":"
            + n
            + ",\"pad\":\""
            + payloadPadding
            + "\"}";
    return new RelayEngine.Row(
        n,
        UUID.randomUUID(),
        TOPIC,
        aggregate,
        "id.go.okikab.bench.Happened.v1",
        "/benchmarks",
        OffsetDateTime.now(ZoneOffset.UTC),
        payload,
        null,
        null,
        null,
        Instant.now());
  }

  private void insertPending(int count, int batch) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        bind(insert, row(i));
        insert.addBatch();
        if ((i + 1) % batch == 0) {
          insert.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
      c.commit();
    }
  }

  private static void bind(PreparedStatement insert, RelayEngine.Row row) throws Exception {
    insert.setObject(1, row.eventId());
    insert.setString(2, row.topic());
    insert.setString(3, row.aggregateId());
    insert.setString(4, row.eventType());
    insert.setString(5, row.source());
    insert.setObject(6, row.occurredAt());
    insert.setString(7, row.payload());
  }

  private void truncate() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE outbox_event");
      s.execute("VACUUM ANALYZE outbox_event");
    }
  }

  private static void migrate(ReusedConnections dataSource) throws Exception {
    try (InputStream in =
            RelayBenchmark.class
                .getClassLoader()
                .getResourceAsStream("db/platform/V0_1_1__outbox.sql");
        Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private Producer<String, byte[]> producer(String clientId) {
    Properties settings =
        OutboxRelay.producerSettings(
            Map.of("bootstrap.servers", bootstrap), clientId, Duration.ofSeconds(30));
    return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
  }

  private Producer<String, byte[]> stockProducer() {
    Properties settings = new Properties();
    settings.put("bootstrap.servers", bootstrap);
    settings.put("client.id", "bench-raw-stock");
    settings.put("acks", "all");
    settings.put("enable.idempotence", true);
    return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
  }

  private KafkaConsumer<String, String> consumer() {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(TOPIC).stream()
            .map(p -> new TopicPartition(TOPIC, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end offsets now
    return consumer;
  }

  private static void stop(List<RelayLoop> loops, List<Thread> threads, Semaphore wakeUps)
      throws InterruptedException {
    loops.forEach(RelayLoop::stop);
    wakeUps.release(threads.size() + 1);
    for (Thread thread : threads) {
      thread.join(30_000);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}

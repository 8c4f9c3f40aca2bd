package id.go.okikab.benchmarks.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.infra.ChildProcess;
import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The due-immunisation list of a facility with 5,000 children, over HTTP, against the packaged
 * health-service ({@code health-service/target/quarkus-app}) started as a child process on real
 * PostgreSQL (fsync on) and Kafka, as in production except for the token issuer: the service trusts
 * a key pair made for this run (no Keycloak), and the benchmark signs Keycloak-shaped tokens with
 * it.
 *
 * <p>The children are created the way the platform creates them: {@code BirthRegistered} records of
 * the civil registry, consumed by the service (inbox, child record, 20-dose schedule each). 5,000
 * live in Kayu Agung (the area of facility P-160205), aged 0–60 months uniformly; 1,000 more live
 * in other kecamatan. No dose is recorded, so nearly every child has a due or overdue dose: the
 * list's worst case. Each request lists one page of children (most overdue first) with their due
 * doses, and read-audits every child on the page.
 *
 * <p>Settings ({@code OKI_BENCH_*} environment variables or {@code -Dbench.*}): {@code
 * OKI_BENCH_CHILDREN} (5000), {@code OKI_BENCH_CLIENTS} (4 concurrent clients), {@code
 * OKI_BENCH_SECONDS} (30 per scenario), {@code OKI_BENCH_WARMUP} (10).
 */
public final class DueListBenchmark {

  private static final int CHILDREN = HealthBenchmarks.setting("bench.children", 5_000);
  private static final int ELSEWHERE = CHILDREN / 5;
  private static final int CLIENTS = HealthBenchmarks.setting("bench.clients", 4);
  private static final Duration RUN =
      Duration.ofSeconds(HealthBenchmarks.setting("bench.seconds", 30));
  private static final Duration WARMUP =
      Duration.ofSeconds(HealthBenchmarks.setting("bench.warmup", 10));
  private static final String ISSUER = "https://bench.okikab.go.id/realms/oki";
  private static final String FACILITY = "P-160205";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  private DueListBenchmark(String base, String token) {
    this.base = base;
    this.token = token;
  }

  public static void main(String[] args) throws Exception {
    Path root = repositoryRoot();
    Path jar = root.resolve("health-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build health-service first (-am)");
    }
    Path dir = ServerDirs.newEphemeral("bench-health");
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    try (PostgresServer postgres =
            PostgresServer.start(
                new PostgresServer.Options(dir.resolve("pg"), Ports.free(), false));
        KafkaBroker kafka =
            KafkaBroker.start(
                new KafkaBroker.Options(dir.resolve("kafka"), Ports.free(), Ports.free(), true))) {
      postgres.createDatabase("health");
      List<KafkaBroker.TopicSpec> topics = new ArrayList<>();
      for (EventCatalog.Topic t : PlatformEvents.CATALOG.topics()) {
        topics.add(new KafkaBroker.TopicSpec(t.name(), t.partitions()));
        topics.add(new KafkaBroker.TopicSpec(t.deadLetterTopic(), 1));
      }
      kafka.createTopics(topics);

      int port = Ports.free();
      ChildProcess service = startService(jar, dir, port, postgres, kafka, keys);
      try {
        DueListBenchmark bench =
            new DueListBenchmark("http://127.0.0.1:" + port, officerToken(keys));
        System.out.printf(
            "%nDue-immunisation list benchmark: %d children in the area of %s (+%d elsewhere),"
                + " %d clients, %d s per scenario; %d cores, Java %s, PostgreSQL %s%n%n",
            CHILDREN,
            FACILITY,
            ELSEWHERE,
            CLIENTS,
            RUN.toSeconds(),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            postgres.description());
        bench.seed(kafka.bootstrapServers());
        steadyState(postgres);
        bench.run("first page of 20", 20, false, true);
        bench.run("page of 20, random page", 20, false);
        bench.run("page of 100, random page", 100, false);
        bench.run("one desa, page of 20", 20, true);
      } finally {
        service.stop(Duration.ofSeconds(20));
      }
    } finally {
      ServerDirs.deleteRecursively(dir);
    }
  }

  private static ChildProcess startService(
      Path jar, Path dir, int port, PostgresServer postgres, KafkaBroker kafka, KeyPair keys)
      throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("OKI_HTTP_PORT", Integer.toString(port));
    env.put("OKI_DB_URL", postgres.jdbcUrl("health"));
    env.put("OKI_DB_USER", PostgresServer.USER);
    env.put("OKI_DB_PASSWORD", PostgresServer.PASSWORD);
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    byte[] secret = new byte[32];
    ThreadLocalRandom.current().nextBytes(secret);
    env.put("OKI_SUBJECT_REF_SECRET", HexFormat.of().formatHex(secret));
    ChildProcess process =
        ChildProcess.start(
            "health-service-bench",
            jar.toString(),
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // trust this run's key instead of Keycloak (an empty server URL unsets it)
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key="
                    + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "-Dquarkus.oidc.token.issuer=" + ISSUER,
                "-jar",
                jar.toString()),
            env,
            dir,
            dir.resolve("health-service.log"));
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("health-service stopped:\n" + process.logTail(40));
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return process;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("health-service not ready:\n" + process.logTail(40));
  }

  /** Registers the births through Kafka and waits until the service made every child record. */
  private void seed(String bootstrap) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    SplittableRandom random = new SplittableRandom(7);
    LocalDate today = LocalDate.now(WIB);
    String[] elsewhere = {"160213", "160203", "160211", "160222"};
    long start = System.nanoTime();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < CHILDREN + ELSEWHERE; i++) {
        String kecamatan = i < CHILDREN ? "160205" : elsewhere[i % elsewhere.length];
        String desa = kecamatan + "2" + String.format("%03d", 11 + random.nextInt(25));
        BirthRegistered birth =
            new BirthRegistered(
                "BR-" + UUID.randomUUID(),
                "RES-" + UUID.randomUUID(),
                hexRef(random),
                hexRef(random),
                null,
                today.minusDays(random.nextInt(1826)),
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                desa,
                false,
                null);
        ProducerRecord<String, String> record =
            new ProducerRecord<>(
                "civil-registry.birth.v1", birth.registrationId(), json.writeValueAsString(birth));
        record
            .headers()
            .add("ce_id", utf8(UUID.randomUUID().toString()))
            .add("ce_type", utf8("id.go.okikab.civil-registry.BirthRegistered.v1"))
            .add("ce_source", utf8("/civil-registry-service"))
            .add("ce_subject", utf8(birth.registrationId()))
            .add("ce_time", utf8(OffsetDateTime.now().toString()))
            .add("ce_specversion", utf8("1.0"))
            .add("content-type", utf8("application/json"));
        producer.send(record);
      }
    }
    long total = 0;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    while (Instant.now().isBefore(deadline)) {
      total = get("/api/v1/children?size=1").get("totalItems").asLong();
      if (total >= CHILDREN) {
        break;
      }
      Thread.sleep(2000);
    }
    if (total < CHILDREN) {
      throw new IllegalStateException("only " + total + " children were created");
    }
    JsonNode due = get("/api/v1/immunizations/due?facility=" + FACILITY + "&size=1");
    System.out.printf(
        "seeded %d children through civil-registry.birth.v1 in %.0f s (%d in the area);"
            + " %d of them on today's due list%n%n",
        CHILDREN + ELSEWHERE,
        (System.nanoTime() - start) / 1e9,
        total,
        due.get("totalItems").asLong());
  }

  /**
   * A database that grew to 5,000 children over months has been vacuumed and analysed by autovacuum
   * and checkpointed; one that got them in the last minute has not (no statistics, no visibility
   * map, 100k dirty rows). Bring it to that steady state, and with OKI_BENCH_EXPLAIN=1 show the
   * list's plan.
   */
  private static void steadyState(PostgresServer postgres) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl("health"), PostgresServer.USER, PostgresServer.PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE)");
      s.execute("CHECKPOINT"); // the seed's dirty pages written now, not during the measurement
      if (HealthBenchmarks.setting("bench.explain", "0").equals("1")) {
        String explain =
            "EXPLAIN (ANALYZE, BUFFERS) SELECT c.id FROM child c WHERE c.kecamatan_code = '160205'"
                + " AND c.status = 'ACTIVE' AND (c.next_due_on <= current_date OR EXISTS (SELECT 1"
                + " FROM immunization d WHERE d.child_id = c.id AND d.given_on IS NULL"
                + " AND d.expires_on IS NOT NULL AND d.due_date <= current_date"
                + " AND d.expires_on >= current_date))"
                + " ORDER BY c.desa_code, c.birth_date, c.id LIMIT 20 OFFSET 2000";
        try (ResultSet plan = s.executeQuery(explain)) {
          while (plan.next()) {
            System.out.println("  " + plan.getString(1));
          }
        }
        System.out.println();
      }
    }
  }

  private void run(String scenario, int size, boolean oneDesa) throws Exception {
    run(scenario, size, oneDesa, false);
  }

  private void run(String scenario, int size, boolean oneDesa, boolean firstPage) throws Exception {
    long listed =
        get("/api/v1/immunizations/due?facility=" + FACILITY + "&size=" + size)
            .get("totalPages")
            .asLong();
    int pages = (int) Math.max(1, listed);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    for (boolean measure : new boolean[] {false, true}) {
      latencies.clear();
      Instant end = Instant.now().plus(measure ? RUN : WARMUP);
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Thread client =
            new Thread(
                () -> {
                  HttpClient own = HttpClient.newHttpClient();
                  SplittableRandom random = new SplittableRandom();
                  while (Instant.now().isBefore(end)) {
                    String path =
                        oneDesa
                            ? "/api/v1/immunizations/due?facility="
                                + FACILITY
                                + "&desa=16020520"
                                + (11 + random.nextInt(25))
                                + "&size="
                                + size
                            : "/api/v1/immunizations/due?facility="
                                + FACILITY
                                + "&size="
                                + size
                                + "&page="
                                + random.nextInt(pages);
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          own.send(request(path), HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                  }
                },
                "due-list-client-" + c);
        client.start();
        clients.add(client);
      }
      for (Thread client : clients) {
        client.join();
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(
        "%-26s %6d requests, %6.0f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max"
            + " %6.1f ms   errors %d%n",
        scenario,
        sorted.size(),
        sorted.size() / (double) RUN.toSeconds(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        percentile(sorted, 100),
        errors.get());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return json.readTree(response.body());
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  /** A Keycloak-shaped access token of a health officer of P-160205, signed RS256. */
  private static String officerToken(KeyPair keys) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("aud", List.of("oki-api"));
    claims.put(
        "sub", UUID.nameUUIDFromBytes("bench-bidan".getBytes(StandardCharsets.UTF_8)).toString());
    claims.put("azp", "oki-web");
    claims.put("preferred_username", "bench-bidan");
    claims.put("realm_access", Map.of("roles", List.of("health-officer")));
    claims.put("facility", FACILITY);
    claims.put("iat", now);
    claims.put("exp", now + 3600);
    claims.put("typ", "Bearer");
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = url.encodeToString(mapper.writeValueAsBytes(claims));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(keys.getPrivate());
    rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    return header + "." + payload + "." + url.encodeToString(rsa.sign());
  }

  private static String hexRef(SplittableRandom random) {
    return HexFormat.of().formatHex(randomBytes(random, 32));
  }

  private static byte[] randomBytes(SplittableRandom random, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}

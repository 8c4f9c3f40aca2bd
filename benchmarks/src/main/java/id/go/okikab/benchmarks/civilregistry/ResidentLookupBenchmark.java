package id.go.okikab.benchmarks.civilregistry;

import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.platform.infra.ChildProcess;
import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;

/**
 * Resident lookups of the civil registry at scale, through HTTP against the packaged service:
 *
 * <ol>
 *   <li>starts PostgreSQL (fsync on) and a Kafka broker as child processes, and the packaged
 *       civil-registry-service ({@code target/quarkus-app}) in its prod profile, which migrates its
 *       database;
 *   <li>bulk-loads {@code bench.residents} (default 1,000,000) generated residents with COPY: NIKs
 *       of OKI's 18 kecamatan with their real structure, subjectRefs under the service's secret,
 *       names drawn from common Indonesian names (so names repeat, as they do);
 *   <li>20 concurrent clients ({@code bench.clients}) then search by NIK, and by name + date of
 *       birth, for {@code bench.seconds} seconds each after a warm-up, and report p50/p90/p99/max
 *       latency and throughput. Every search result is read-audited by the service, as in
 *       production, so each request also writes an audit row.
 * </ol>
 *
 * Extra JVM options or settings for the service: environment variable {@code
 * OKI_BENCH_SERVICE_OPTS} (e.g. {@code -Dquarkus.datasource.jdbc.max-size=8}).
 *
 * <p>Tokens: the service validates RS256 bearer tokens for real (signature, issuer, audience,
 * roles); instead of Keycloak it is given the public key of a key pair this benchmark generates
 * (system properties {@code quarkus.oidc.public-key} and {@code quarkus.oidc.token.issuer}, no
 * auth-server-url), and the benchmark signs a registry officer's token with the private key.
 */
public final class ResidentLookupBenchmark {

  private static final int RESIDENTS = setting("residents", 1_000_000);
  private static final int CLIENTS = setting("clients", 20);
  private static final int SECONDS = setting("seconds", 30);

  /** 1: record the service with Java Flight Recorder (profile settings) into the log folder. */
  private static final int FLIGHT_RECORDING = setting("jfr", 0);

  private static final int WARMUP_SECONDS = setting("warmup", 30);

  /** Requests per second of all clients together in the paced runs (comma-separated list). */
  private static final int[] PACED_RATES =
      Arrays.stream(text("rates", "200,1000").split(","))
          .mapToInt(r -> Integer.parseInt(r.trim()))
          .toArray();

  private static final String ISSUER = "https://bench.okikab.invalid/realms/oki";

  private static final String[] GIVEN = {
    "Siti",
    "Nur",
    "Dewi",
    "Sri",
    "Rina",
    "Yuli",
    "Fitri",
    "Ani",
    "Lestari",
    "Wati",
    "Ratna",
    "Indah",
    "Putri",
    "Ayu",
    "Maya",
    "Rahma",
    "Aisyah",
    "Fatimah",
    "Zahra",
    "Nurul",
    "Ahmad",
    "Muhammad",
    "Budi",
    "Agus",
    "Hendra",
    "Rizky",
    "Andi",
    "Joko",
    "Dedi",
    "Eko",
    "Bambang",
    "Yusuf",
    "Ilham",
    "Fauzi",
    "Hasan",
    "Rahmat",
    "Arif",
    "Imam",
    "Dimas",
    "Bayu",
    "Teguh",
    "Wahyu",
    "Irfan",
    "Taufik",
    "Hadi",
    "Firman",
    "Rudi",
    "Sugeng",
    "Slamet",
    "Heri"
  };
  private static final String[] MIDDLE = {
    "",
    "",
    "",
    "Nur",
    "Dwi",
    "Tri",
    "Eka",
    "Putra",
    "Putri",
    "Sari",
    "Indah",
    "Kurnia",
    "Adi",
    "Wijaya",
    "Ayu",
    "Puspita",
    "Rahmawati",
    "Saputra",
    "Hidayat",
    "Pratama"
  };
  private static final String[] FAMILY = {
    "Saputra", "Hidayat", "Setiawan", "Wijaya", "Kurniawan", "Pratama", "Santoso", "Nugroho",
    "Lestari", "Rahmawati", "Susanti", "Handayani", "Marlina", "Fauzi", "Aisyah", "Irawan",
    "Firmansyah", "Syahputra", "Ramadhan", "Gunawan", "Hakim", "Sembiring", "Siregar", "Harahap",
    "Lubis", "Nasution", "Saragih", "Tanjung", "Hasibuan", "Rangkuti", "Darmawan", "Sitompul",
    "Kusuma", "Wibowo", "Utomo", "Yulianti", "Anggraini", "Permata", "Maharani", "Safitri"
  };

  private static final String SEARCH = "/api/v1/residents/search";

  private final int port;
  private final String token;
  private final long servicePid;

  private ResidentLookupBenchmark(int port, String token, long servicePid) {
    this.port = port;
    this.token = token;
    this.servicePid = servicePid;
  }

  public static void main(String[] args) throws Exception {
    Path jar =
        repositoryRoot().resolve("civil-registry-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build it with ./mvnw -pl civil-registry-service,benchmarks -am verify"
              + " -DskipTests -Pbench -Dbench=civil-registry");
    }
    Path dir = ServerDirs.newEphemeral("bench-civil");
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String secret =
        HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    try (PostgresServer postgres =
            PostgresServer.start(
                new PostgresServer.Options(dir.resolve("pg"), Ports.free(), false));
        KafkaBroker kafka =
            KafkaBroker.start(
                new KafkaBroker.Options(dir.resolve("kafka"), Ports.free(), Ports.free(), true))) {
      postgres.createDatabase("civil_registry");
      List<KafkaBroker.TopicSpec> topics = new ArrayList<>();
      for (EventCatalog.Topic topic : PlatformEvents.CATALOG.topics()) {
        topics.add(new KafkaBroker.TopicSpec(topic.name(), topic.partitions()));
        topics.add(new KafkaBroker.TopicSpec(topic.deadLetterTopic(), 1));
      }
      kafka.createTopics(topics);
      int port = Ports.free();
      ChildProcess service =
          startService(jar, port, postgres, kafka, keys, secret, dir.resolve("civil-registry.log"));
      try {
        String jdbc = postgres.jdbcUrl("civil_registry");
        System.out.printf(
            "%nResident lookup benchmark: %,d residents, %d clients, %d s per query after %d s"
                + " warm-up; %d cores, Java %s%nPostgreSQL %s (fsync on); service: %s%n%n",
            RESIDENTS,
            CLIENTS,
            SECONDS,
            WARMUP_SECONDS,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            postgres.description(),
            jar);
        System.out.printf("load average before loading: %s%n", loadAverage());
        Sample sample = load(jdbc, secret);
        ResidentLookupBenchmark bench =
            new ResidentLookupBenchmark(port, officerToken(keys), service.pid());
        bench.check(sample);
        IntFunction<String> byNik =
            i -> "{\"nik\":\"" + sample.niks[i % sample.niks.length] + "\"}";
        IntFunction<String> byName =
            i -> {
              int k = i % sample.names.length;
              return "{\"name\":\""
                  + sample.names[k]
                  + "\",\"birthDate\":\""
                  + sample.dates[k]
                  + "\"}";
            };
        bench.phase(byNik, WARMUP_SECONDS, 0, null);
        bench.phase(byName, WARMUP_SECONDS, 0, null);
        bench.run(
            "name + date of birth (POST /api/v1/residents/search {name, birthDate})", byName, 0);
        bench.run("NIK lookup (POST /api/v1/residents/search {nik})", byNik, 0);
        for (int rate : PACED_RATES) {
          bench.run("NIK lookup", byNik, rate);
          bench.run("name + date of birth", byName, rate);
        }
        try (Connection connection =
                DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_audit")) {
          rows.next();
          System.out.printf("read-audit rows written by the searches: %,d%n", rows.getLong(1));
          System.out.printf(
              "load average at the end (other jobs on this machine): %s%n", loadAverage());
        }
      } finally {
        service.stop(Duration.ofSeconds(20));
      }
    } finally {
      ServerDirs.deleteRecursively(dir);
    }
  }

  // ---- the service

  private static ChildProcess startService(
      Path jar,
      int port,
      PostgresServer postgres,
      KafkaBroker kafka,
      KeyPair keys,
      String secret,
      Path log)
      throws Exception {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("OKI_HTTP_PORT", Integer.toString(port));
    environment.put("OKI_DB_URL", postgres.jdbcUrl("civil_registry"));
    environment.put("OKI_DB_USER", PostgresServer.USER);
    environment.put("OKI_DB_PASSWORD", PostgresServer.PASSWORD);
    environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    environment.put("OKI_SUBJECT_REF_SECRET", secret);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (FLIGHT_RECORDING == 1) {
      Path recording = Path.of(System.getProperty("java.io.tmpdir"), "civil-registry-bench.jfr");
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
      System.out.println("flight recording: " + recording);
    }
    String extra = System.getenv("OKI_BENCH_SERVICE_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(Arrays.asList(extra.trim().split("\\s+")));
      System.out.println("service options: " + extra.trim());
    }
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Dquarkus.oidc.auth-server-url=",
            "-Dquarkus.oidc.public-key="
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
            "-Dquarkus.oidc.token.issuer=" + ISSUER,
            "-jar",
            jar.toString()));
    ChildProcess process =
        ChildProcess.start(
            "civil-registry-bench", jar.toString(), command, environment, jar.getParent(), log);
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped:\n" + process.logTail(40));
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
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the service was not ready in 120 s:\n" + process.logTail(40));
  }

  /** A registry officer's token, shaped like Keycloak's, signed with the benchmark's key. */
  static String officerToken(KeyPair keys) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
    String payload =
        "{\"iss\":\""
            + ISSUER
            + "\",\"aud\":\"oki-api\",\"sub\":\""
            + UUID.randomUUID()
            + "\",\"azp\":\"oki-web\",\"preferred_username\":\"dukcapil-bench\","
            + "\"realm_access\":{\"roles\":[\"registry-officer\"]},\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 7200)
            + "}";
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        url.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(keys.getPrivate());
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + url.encodeToString(signature.sign());
  }

  // ---- the data

  /** Residents the clients look up: NIKs, and names with their dates of birth. */
  record Sample(String[] niks, String[] names, String[] dates) {}

  private static Sample load(String jdbc, String secret) throws Exception {
    try (Connection connection =
        DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD)) {
      Map<String, List<String>> villages = new LinkedHashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT code FROM region WHERE level = 'VILLAGE' AND code LIKE '1602%' ORDER BY code")) {
        while (rows.next()) {
          String desa = rows.getString(1);
          villages.computeIfAbsent(desa.substring(0, 6), k -> new ArrayList<>()).add(desa);
        }
      }
      List<String> kecamatan = new ArrayList<>(villages.keySet());
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      HexFormat hex = HexFormat.of();
      SplittableRandom random = new SplittableRandom(1602);
      Map<String, Integer> serials = new HashMap<>();
      int sampleSize = Math.min(RESIDENTS, 200_000);
      String[] niks = new String[sampleSize];
      String[] names = new String[sampleSize];
      String[] dates = new String[sampleSize];
      LocalDate oldest = LocalDate.of(1935, 1, 1);
      int span = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - oldest.toEpochDay());
      String now = Instant.now().toString();
      long started = System.nanoTime();
      int batch = 50_000;
      for (int from = 0; from < RESIDENTS; from += batch) {
        StringBuilder rows = new StringBuilder(batch * 420);
        for (int i = from; i < Math.min(RESIDENTS, from + batch); i++) {
          String kec = kecamatan.get(random.nextInt(kecamatan.size()));
          List<String> desas = villages.get(kec);
          String desa = desas.get(random.nextInt(desas.size()));
          boolean female = random.nextBoolean();
          LocalDate born = oldest.plusDays(random.nextInt(span + 1));
          String prefix =
              kec
                  + String.format(
                      "%02d%02d%02d",
                      born.getDayOfMonth() + (female ? 40 : 0),
                      born.getMonthValue(),
                      born.getYear() % 100);
          int serial = serials.merge(prefix, 1, Integer::sum);
          String nik = prefix + String.format("%04d", serial);
          String middle = MIDDLE[random.nextInt(MIDDLE.length)];
          String name =
              GIVEN[random.nextInt(GIVEN.length)]
                  + (middle.isEmpty() ? "" : " " + middle)
                  + " "
                  + FAMILY[random.nextInt(FAMILY.length)];
          String key = name.toUpperCase();
          String mother = GIVEN[random.nextInt(20)] + " " + FAMILY[random.nextInt(FAMILY.length)];
          String ref = hex.formatHex(hmac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
          if (i < sampleSize) {
            niks[i] = nik;
            names[i] = name;
            dates[i] = born.toString();
          }
          rows.append(UUID.randomUUID())
              .append('\t')
              .append(nik)
              .append('\t')
              .append(ref)
              .append('\t')
              .append(name)
              .append('\t')
              .append(key)
              .append('\t')
              .append(female ? "FEMALE" : "MALE")
              .append('\t')
              .append(born)
              .append('\t')
              .append("Kayuagung")
              .append('\t')
              .append(1 + random.nextInt(7))
              .append('\t')
              .append(born.isBefore(LocalDate.of(2005, 1, 1)) ? 2 : 1)
              .append('\t')
              .append("\\N")
              .append('\t')
              .append(13)
              .append('\t')
              .append("\\N")
              .append('\t')
              .append("\\N")
              .append('\t')
              .append(mother)
              .append('\t')
              .append(mother.toUpperCase())
              .append('\t')
              .append("\\N")
              .append('\t')
              .append("\\N")
              .append('\t')
              .append(desa)
              .append('\t')
              .append(String.format("%03d", 1 + random.nextInt(20)))
              .append('\t')
              .append(String.format("%03d", 1 + random.nextInt(8)))
              .append('\t')
              .append("\\N")
              .append('\t')
              .append("ALIVE")
              .append('\t')
              .append("\\N")
              .append('\t')
              .append("REGISTRATION")
              .append('\t')
              .append(now)
              .append('\t')
              .append(now)
              .append('\t')
              .append(0)
              .append('\n');
        }
        try (Reader reader = new StringReader(rows.toString())) {
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY resident (id, nik, subject_ref, full_name, name_key, sex, birth_date,"
                      + " birth_place, religion, marital_status, marriage_registered, blood_type,"
                      + " occupation, mother_ref, mother_name, mother_name_key, father_ref,"
                      + " father_name, desa_code, rt, rw, street, status, date_of_death, origin,"
                      + " registered_at, updated_at, version) FROM STDIN",
                  reader);
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE resident");
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      try (Statement statement = connection.createStatement();
          ResultSet size =
              statement.executeQuery(
                  "SELECT pg_size_pretty(pg_total_relation_size('resident')),"
                      + " pg_size_pretty(pg_indexes_size('resident'))")) {
        size.next();
        System.out.printf(
            "loaded %,d residents with COPY in %.1f s (%,.0f rows/s, five indexes maintained);"
                + " table + indexes %s, of which indexes %s%n%n",
            RESIDENTS, seconds, RESIDENTS / seconds, size.getString(1), size.getString(2));
      }
      // shuffle the sample so that clients do not walk the table in load order
      shuffle(niks, random);
      Integer[] order = new Integer[sampleSize];
      for (int i = 0; i < sampleSize; i++) {
        order[i] = i;
      }
      shuffle(order, random);
      String[] shuffledNames = new String[sampleSize];
      String[] shuffledDates = new String[sampleSize];
      for (int i = 0; i < sampleSize; i++) {
        shuffledNames[i] = names[order[i]];
        shuffledDates[i] = dates[order[i]];
      }
      return new Sample(niks, shuffledNames, shuffledDates);
    }
  }

  private static <T> void shuffle(T[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  // ---- the load

  /** One request of each kind, to fail early if the service refuses them. */
  private void check(Sample sample) throws Exception {
    try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", port)) {
      KeepAliveClient.Answer byNik =
          client.post(SEARCH, token, "{\"nik\":\"" + sample.niks[0] + "\"}");
      KeepAliveClient.Answer byName =
          client.post(
              SEARCH,
              token,
              "{\"name\":\"" + sample.names[0] + "\",\"birthDate\":\"" + sample.dates[0] + "\"}");
      if (byNik.status() != 200 || !byNik.body().contains("\"totalItems\":1")) {
        throw new IllegalStateException("NIK search: " + byNik.status() + " " + byNik.body());
      }
      if (byName.status() != 200 || byName.body().contains("\"totalItems\":0")) {
        throw new IllegalStateException("name search: " + byName.status() + " " + byName.body());
      }
    }
  }

  /**
   * Measures one kind of request. {@code rate} 0: every client sends back to back (saturation);
   * otherwise the clients together send {@code rate} requests per second on a fixed schedule, and
   * latency counts from the scheduled time (a late start is counted, not hidden).
   */
  private void run(String title, IntFunction<String> body, int rate) throws Exception {
    long[][] latencies = new long[CLIENTS][];
    AtomicLong errors = new AtomicLong();
    long serviceBefore = processTicks(servicePid);
    long elapsed = phase(body, SECONDS, rate, new Result(latencies, errors));
    long serviceTicks = processTicks(servicePid) - serviceBefore;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "%s, %s%n  %,d requests in %d s = %,.0f req/s; errors %d; service CPU %.2f ms per"
            + " request%n"
            + "  latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n%n",
        title,
        rate == 0
            ? CLIENTS + " clients back to back"
            : CLIENTS + " clients paced at " + rate + " req/s in all",
        all.length,
        SECONDS,
        all.length / (elapsed / 1e9),
        errors.get(),
        all.length == 0 ? 0 : serviceTicks * 10.0 / all.length,
        percentile(all, 50),
        percentile(all, 90),
        percentile(all, 99),
        percentile(all, 99.9),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }

  record Result(long[][] latencies, AtomicLong errors) {}

  /** CLIENTS threads send requests for {@code seconds}, back to back or paced. */
  private long phase(IntFunction<String> body, int seconds, int rate, Result result)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch start = new CountDownLatch(1);
    long[] times0 = new long[2];
    long interval = rate == 0 ? 0 : 1_000_000_000L * CLIENTS / rate;
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  long[] times = new long[1 << 16];
                  int n = 0;
                  int i = client * 7919;
                  long began = times0[0];
                  long end = times0[1];
                  long next = began + (interval == 0 ? 0 : interval * client / CLIENTS);
                  try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
                    while (true) {
                      long t0;
                      if (interval == 0) {
                        t0 = System.nanoTime();
                      } else {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                          java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        t0 = next;
                        next += interval;
                      }
                      if (t0 >= end) {
                        break;
                      }
                      KeepAliveClient.Answer response = http.post(SEARCH, token, body.apply(i));
                      long took = System.nanoTime() - t0;
                      i += CLIENTS;
                      if (response.status() != 200 && result != null) {
                        result.errors().incrementAndGet();
                      }
                      if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                      }
                      times[n++] = took;
                    }
                  }
                  return Arrays.copyOf(times, n);
                }));
      }
      times0[0] = System.nanoTime();
      times0[1] = times0[0] + seconds * 1_000_000_000L;
      start.countDown();
      for (int c = 0; c < CLIENTS; c++) {
        long[] times = futures.get(c).get();
        if (result != null) {
          result.latencies()[c] = times;
        }
      }
      return System.nanoTime() - times0[0];
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /**
   * A setting: system property {@code bench.<name>}, else environment variable {@code
   * OKI_BENCH_<NAME>} (Maven's exec does not pass -D options on to the benchmark's JVM).
   */
  private static int setting(String name, int fallback) {
    return Integer.parseInt(text(name, Integer.toString(fallback)));
  }

  private static String text(String name, String fallback) {
    String value = System.getProperty("bench." + name);
    if (value == null) {
      value = System.getenv("OKI_BENCH_" + name.toUpperCase(java.util.Locale.ROOT));
    }
    return value == null ? fallback : value;
  }

  /** CPU time of a process in clock ticks (1/100 s on Linux), from /proc; 0 when unknown. */
  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The 1-, 5- and 15-minute load averages (Linux), to put the figures in context. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))
          && Files.isDirectory(dir.resolve("civil-registry-service"))) {
        return dir;
      }
    }
    throw new IllegalStateException("run from inside the repository");
  }
}

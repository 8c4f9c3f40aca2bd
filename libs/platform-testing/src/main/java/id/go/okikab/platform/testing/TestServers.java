package id.go.okikab.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.KeycloakServer;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real servers of one test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Where they come from, in this order:
 *
 * <ol>
 *   <li>external servers named by environment variables: {@code OKI_TEST_POSTGRES_URL} (e.g. {@code
 *       jdbc:postgresql://db:5432/}, with {@code OKI_TEST_POSTGRES_USER} and {@code
 *       OKI_TEST_POSTGRES_PASSWORD}), {@code OKI_TEST_KAFKA_BOOTSTRAP} and {@code
 *       OKI_TEST_KEYCLOAK_URL} (e.g. {@code http://localhost:8180}, a Keycloak that has realm
 *       {@code oki} imported);
 *   <li>Testcontainers, when a Docker engine answers (disable with {@code OKI_TEST_DOCKER=false});
 *       PostgreSQL and Kafka only;
 *   <li>otherwise local processes: PostgreSQL from the Debian binaries (zonky's as a fallback), a
 *       KRaft broker in its own JVM, and the Keycloak distribution with {@code
 *       deploy/keycloak/oki-realm.json} imported into an in-memory database ({@code
 *       libs/platform-infra}).
 * </ol>
 *
 * <p>Quarkus loads test resources in a new class loader for every application restart (each test
 * profile), and plain JUnit tests use yet another, so static fields alone would start new servers
 * each time. The servers' coordinates are therefore kept in system properties ({@code
 * oki-test-servers.*}), under a lock on the one {@code System.getProperties()} object every class
 * loader sees; a later class loader attaches to the servers the first one started.
 */
public final class TestServers {

  private static final Logger LOG = Logger.getLogger(TestServers.class);
  private static final String REGISTRY = "oki-test-servers.";

  /** The realm the platform uses. */
  public static final String REALM = "oki";

  /** Where the realm file lives, relative to the repository root. */
  public static final String REALM_FILE = "deploy/keycloak/oki-realm.json";

  private static final String KEYCLOAK_URL_PROPERTY = REGISTRY + "keycloak.url";
  private static final String KEYCLOAK_ISSUER_PROPERTY = REGISTRY + "keycloak.issuer";

  private static Postgres postgres;
  private static Kafka kafka;
  private static Keycloak keycloak;
  private static Boolean docker;

  private TestServers() {}

  /** A PostgreSQL server and the superuser credentials to reach it. */
  public interface Postgres {
    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates the database unless it exists. */
    void createDatabase(String database);
  }

  /** A Kafka broker. */
  public interface Kafka {
    String bootstrapServers();

    /** Whether {@link #stop()} and {@link #start()} are possible (local broker only). */
    boolean restartable();

    /** Stops the broker; its topics and records stay for {@link #start()}. */
    void stop();

    /** Starts the broker again on the same port. */
    void start();
  }

  /** A Keycloak serving realm {@value #REALM}. */
  public interface Keycloak {
    /** The base URL, e.g. {@code http://localhost:8180}. */
    String url();

    /** The realm's URL, which is what {@code quarkus.oidc.auth-server-url} needs. */
    default String realmUrl() {
      return url() + "/realms/" + REALM;
    }

    /** The {@code iss} of the realm's tokens (from its discovery document). */
    String issuer();
  }

  public static Postgres postgres() {
    synchronized (System.getProperties()) {
      if (postgres == null) {
        String base = System.getProperty(REGISTRY + "postgres.url");
        if (base != null) {
          postgres =
              new JdbcPostgres(
                  base,
                  System.getProperty(REGISTRY + "postgres.user"),
                  System.getProperty(REGISTRY + "postgres.password"));
        } else {
          JdbcPostgres started = startPostgres();
          System.setProperty(REGISTRY + "postgres.url", started.base());
          System.setProperty(REGISTRY + "postgres.user", started.username());
          System.setProperty(REGISTRY + "postgres.password", started.password());
          postgres = started;
        }
      }
      return postgres;
    }
  }

  public static Kafka kafka() {
    synchronized (System.getProperties()) {
      if (kafka == null) {
        String bootstrap = System.getProperty(REGISTRY + "kafka.bootstrap");
        if (bootstrap == null) {
          kafka = startKafka();
          System.setProperty(REGISTRY + "kafka.bootstrap", kafka.bootstrapServers());
          if (kafka instanceof LocalKafka local) {
            KafkaBroker.Options options = local.options();
            System.setProperty(REGISTRY + "kafka.dir", options.dir().toString());
            System.setProperty(REGISTRY + "kafka.port", Integer.toString(options.port()));
            System.setProperty(
                REGISTRY + "kafka.controller-port", Integer.toString(options.controllerPort()));
          }
        } else if (System.getProperty(REGISTRY + "kafka.dir") != null) {
          KafkaBroker.Options options =
              new KafkaBroker.Options(
                  Path.of(System.getProperty(REGISTRY + "kafka.dir")),
                  Integer.getInteger(REGISTRY + "kafka.port"),
                  Integer.getInteger(REGISTRY + "kafka.controller-port"),
                  true);
          kafka = new LocalKafka(KafkaBroker.attach(options), options);
        } else {
          kafka = new FixedKafka(bootstrap);
        }
      }
      return kafka;
    }
  }

  /**
   * The test JVM's Keycloak: the one at {@code OKI_TEST_KEYCLOAK_URL}, else a local distribution
   * started on free ports with an in-memory database and the repository's realm file. The first
   * start of a freshly unpacked distribution re-augments it (about a minute on 2 cores); later
   * starts take 12–15 s.
   */
  public static Keycloak keycloak() {
    synchronized (System.getProperties()) {
      if (keycloak == null) {
        String url = System.getProperty(KEYCLOAK_URL_PROPERTY);
        if (url != null) {
          keycloak = new FixedKeycloak(url, System.getProperty(KEYCLOAK_ISSUER_PROPERTY));
        } else {
          keycloak = startKeycloak();
          System.setProperty(KEYCLOAK_URL_PROPERTY, keycloak.url());
          System.setProperty(KEYCLOAK_ISSUER_PROPERTY, keycloak.issuer());
        }
      }
      return keycloak;
    }
  }

  /**
   * {@value #REALM_FILE}, found by walking up from the working directory (a module's folder when
   * Maven runs the tests) to the repository root.
   */
  public static Path realmFile() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(REALM_FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        REALM_FILE + " not found in " + start + " or any folder above it");
  }

  private static JdbcPostgres startPostgres() {
    String url = System.getenv("OKI_TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      String base = url.endsWith("/") ? url : url + "/";
      String user = env("OKI_TEST_POSTGRES_USER", "postgres");
      String password = env("OKI_TEST_POSTGRES_PASSWORD", "postgres");
      LOG.infof("tests use the external PostgreSQL at %s", base);
      return new JdbcPostgres(base, user, password);
    }
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-pg-container"));
      String base =
          "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
      LOG.infof("tests use a PostgreSQL container at %s", base);
      return new JdbcPostgres(base, container.getUsername(), container.getPassword());
    }
    // the server owns its directory: it stops, then deletes it, from its own shutdown hook
    PostgresServer server =
        PostgresServer.start(
            new PostgresServer.Options(ServerDirs.newEphemeral("pg"), Ports.free(), true));
    LOG.infof("tests use %s on port %d", server.description(), server.port());
    return new JdbcPostgres(
        "jdbc:postgresql://127.0.0.1:" + server.port() + "/",
        PostgresServer.USER,
        PostgresServer.PASSWORD);
  }

  private static Kafka startKafka() {
    String bootstrap = System.getenv("OKI_TEST_KAFKA_BOOTSTRAP");
    if (bootstrap != null && !bootstrap.isBlank()) {
      LOG.infof("tests use the external Kafka at %s", bootstrap);
      return new FixedKafka(bootstrap);
    }
    if (dockerAvailable()) {
      KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-kafka-container"));
      LOG.infof("tests use a Kafka container at %s", container.getBootstrapServers());
      return new FixedKafka(container.getBootstrapServers());
    }
    KafkaBroker.Options options = KafkaBroker.Options.temporary();
    KafkaBroker broker = KafkaBroker.start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka"));
    LOG.infof("tests use a local Kafka broker at %s", broker.bootstrapServers());
    return new LocalKafka(broker, options);
  }

  private static Keycloak startKeycloak() {
    String external = System.getenv("OKI_TEST_KEYCLOAK_URL");
    if (external != null && !external.isBlank()) {
      String url = external.strip().replaceAll("/+$", "");
      String issuer = discoverIssuer(url + "/realms/" + REALM);
      LOG.infof("tests use the external Keycloak at %s (issuer %s)", url, issuer);
      return new FixedKeycloak(url, issuer);
    }
    int port = Ports.free();
    int managementPort = Ports.free();
    while (managementPort == port) {
      managementPort = Ports.free();
    }
    Path log = ServerDirs.base().resolve("logs").resolve("keycloak-" + port + ".log");
    long started = System.nanoTime();
    KeycloakServer server =
        KeycloakServer.start(
            new KeycloakServer.Options(
                port,
                managementPort,
                KeycloakServer.Database.DEV_MEM,
                List.of(realmFile()),
                log,
                Duration.ofMinutes(6)));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-keycloak"));
    LOG.infof(
        "tests use a local Keycloak at %s (ready in %d s, log %s)",
        server.url(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
    return new FixedKeycloak(server.url(), server.realmUrl(REALM));
  }

  private static String discoverIssuer(String realmUrl) {
    URI discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            discovery
                + " answered "
                + response.statusCode()
                + ": is realm "
                + REALM
                + " imported there?");
      }
      JsonNode issuer = new ObjectMapper().readTree(response.body()).path("issuer");
      if (!issuer.isTextual()) {
        throw new IllegalStateException(discovery + " has no issuer: " + response.body());
      }
      return issuer.asText();
    } catch (IOException e) {
      throw new IllegalStateException("OKI_TEST_KEYCLOAK_URL: cannot read " + discovery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static synchronized boolean dockerAvailable() {
    if (docker == null) {
      docker = false;
      boolean allowed = !"false".equalsIgnoreCase(System.getenv("OKI_TEST_DOCKER"));
      boolean socket =
          System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
      if (allowed && socket) {
        try {
          docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
          LOG.debugf("no Docker engine: %s", e.getMessage());
        }
      }
    }
    return docker;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private record JdbcPostgres(String base, String username, String password) implements Postgres {
    @Override
    public String jdbcUrl(String database) {
      return base + database;
    }

    @Override
    public void createDatabase(String database) {
      PostgresServer.createDatabase(jdbcUrl("postgres"), username, password, database);
    }
  }

  private record FixedKafka(String bootstrapServers) implements Kafka {
    @Override
    public boolean restartable() {
      return false;
    }

    @Override
    public void stop() {
      throw new UnsupportedOperationException("this Kafka is not started by the tests");
    }

    @Override
    public void start() {
      throw new UnsupportedOperationException("this Kafka is not started by the tests");
    }
  }

  private record FixedKeycloak(String url, String issuer) implements Keycloak {}

  private record LocalKafka(KafkaBroker broker, KafkaBroker.Options options) implements Kafka {
    @Override
    public String bootstrapServers() {
      return broker.bootstrapServers();
    }

    @Override
    public boolean restartable() {
      return true;
    }

    @Override
    public void stop() {
      broker.stop();
    }

    @Override
    public void start() {
      broker.start();
    }
  }
}

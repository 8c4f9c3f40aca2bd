package id.go.okikab.platform.testing;

import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 *       OKI_TEST_POSTGRES_PASSWORD}) and {@code OKI_TEST_KAFKA_BOOTSTRAP};
 *   <li>Testcontainers, when a Docker engine answers (disable with {@code OKI_TEST_DOCKER=false});
 *   <li>otherwise local processes: PostgreSQL from the Debian binaries (zonky's as a fallback) and
 *       a KRaft broker in its own JVM ({@code libs/platform-infra}).
 * </ol>
 *
 * <p>Quarkus loads test resources in a new class loader for every application restart (each test
 * profile), so static fields alone would start new servers each time. The servers' coordinates are
 * therefore kept in system properties ({@code oki-test-servers.*}), which the whole JVM shares; a
 * later class loader attaches to the servers the first one started.
 */
public final class TestServers {

  private static final Logger LOG = Logger.getLogger(TestServers.class);
  private static final String REGISTRY = "oki-test-servers.";

  private static Postgres postgres;
  private static Kafka kafka;
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
    Path dir = ServerDirs.newEphemeral("pg");
    PostgresServer server =
        PostgresServer.start(new PostgresServer.Options(dir.resolve("data"), Ports.free(), true));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> ServerDirs.deleteRecursively(dir), "delete-pg-dir"));
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
      if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException("not a plain database name: " + database);
      }
      try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
          PreparedStatement exists =
              c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        exists.setString(1, database);
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            return;
          }
        }
        try (Statement create = c.createStatement()) {
          create.execute("CREATE DATABASE " + database);
        }
      } catch (SQLException e) {
        if (!"42P04".equals(e.getSQLState())) {
          throw new IllegalStateException("cannot create database " + database, e);
        }
      }
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

package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one process) in its own JVM, on
 * 127.0.0.1. Its classpath comes from {@link InfraLayout#kafkaBrokerClasspath()}. The log directory
 * survives {@link #stop()}, so {@link #start()} after a stop brings the same broker back on the
 * same port with its topics and records (used to test broker outages).
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  /** A topic to create up front. */
  public record TopicSpec(String name, int partitions) {}

  /**
   * How the broker runs.
   *
   * @param dir working directory (config, logs, data)
   * @param port the client (PLAINTEXT) port
   * @param controllerPort the KRaft controller port
   * @param ephemeral {@code true}: the directory is deleted by {@link #close()}
   */
  public record Options(Path dir, int port, int controllerPort, boolean ephemeral) {
    public static Options temporary() {
      return new Options(ServerDirs.newEphemeral("kafka"), Ports.free(), Ports.free(), true);
    }
  }

  private final Options options;
  private ChildProcess process;

  private KafkaBroker(Options options) {
    this.options = options;
  }

  /** Formats the storage when new and starts the broker; returns when it serves clients. */
  public static KafkaBroker start(Options options) {
    KafkaBroker broker = new KafkaBroker(options);
    broker.prepare();
    broker.start();
    return broker;
  }

  /**
   * A handle on a broker started earlier in this JVM from {@code options} (by another class loader,
   * e.g. an earlier Quarkus test application): it stops the running process by its PID file and
   * starts a new one on the same ports and data.
   */
  public static KafkaBroker attach(Options options) {
    return new KafkaBroker(options);
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + options.port();
  }

  public int port() {
    return options.port();
  }

  public Path logFile() {
    return options.dir().resolve("broker.log");
  }

  public synchronized boolean isRunning() {
    return process != null ? process.isAlive() : runningPid().isPresent();
  }

  /** (Re)starts the broker process and waits until it serves clients. */
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    if (!Ports.isFree(options.port()) || !Ports.isFree(options.controllerPort())) {
      throw new IllegalStateException(
          "Kafka ports "
              + options.port()
              + "/"
              + options.controllerPort()
              + " are taken by another process");
    }
    process =
        ChildProcess.start(
            "kafka",
            "kafka.Kafka",
            javaCommand("kafka.Kafka", options.dir().resolve("server.properties").toString()),
            Map.of(),
            options.dir(),
            logFile());
    writePid(process.pid());
    awaitReady();
  }

  /** Stops the broker process (SIGTERM, controlled shutdown); its data stays. */
  public synchronized void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(30));
      process = null;
    } else {
      runningPid().flatMap(ProcessHandle::of).ifPresent(KafkaBroker::terminate);
    }
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException ignored) {
      // a stale pid file is checked against the live process next time
    }
  }

  private Path pidFile() {
    return options.dir().resolve("broker.pid");
  }

  private void writePid(long pid) {
    try {
      Files.writeString(pidFile(), Long.toString(pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private java.util.Optional<Long> runningPid() {
    try {
      if (!Files.exists(pidFile())) {
        return java.util.Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile()).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (IOException | NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static void terminate(ProcessHandle handle) {
    handle.destroy();
    try {
      handle.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      handle.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop();
    if (options.ephemeral()) {
      ServerDirs.deleteRecursively(options.dir());
    }
  }

  /** Creates the topics that do not exist yet. */
  public void createTopics(Collection<TopicSpec> topics) {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(t -> !existing.contains(t.name()))
              .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1))
              .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("cannot create topics: " + e.getCause(), e.getCause());
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics: " + e, e);
    }
  }

  private void prepare() {
    Path dir = options.dir();
    try {
      Files.createDirectories(dir);
      Path config = dir.resolve("server.properties");
      Files.writeString(config, serverProperties());
      if (!Files.exists(dir.resolve("data/meta.properties"))) {
        Path formatLog = dir.resolve("format.log");
        ProcessBuilder builder =
            new ProcessBuilder(
                    javaCommand(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(formatLog.toFile())
                .directory(dir.toFile());
        Process format = builder.start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
          format.destroyForcibly();
          throw new IllegalStateException(
              "formatting Kafka storage failed:\n" + ChildProcess.tail(formatLog, 30));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String serverProperties() {
    int p = options.port();
    int c = options.controllerPort();
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + c,
        "listeners=PLAINTEXT://127.0.0.1:" + p + ",CONTROLLER://127.0.0.1:" + c,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + p,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + options.dir().resolve("data"),
        "num.partitions=3",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=10",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private List<String> javaCommand(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xms64m",
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-cp",
            InfraLayout.kafkaBrokerClasspath(),
            mainClass));
    command.addAll(List.of(args));
    return command;
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Kafka broker exited during start:\n" + process.logTail(40));
      }
      if (Ports.isOpen(options.port(), Duration.ofMillis(200))) {
        try (Admin admin = admin()) {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            LOG.debugf("Kafka broker ready on %s", bootstrapServers());
            return;
          }
        } catch (Exception notYet) {
          // keep waiting
        }
      }
      sleep(200);
    }
    String tail = process.logTail(40);
    stop();
    throw new IllegalStateException(
        "Kafka broker not ready within " + READY_TIMEOUT + ":\n" + tail);
  }

  private Admin admin() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
    return Admin.create(config);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

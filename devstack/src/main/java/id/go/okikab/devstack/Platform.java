package id.go.okikab.devstack;

import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.platform.infra.ChildProcess;
import id.go.okikab.platform.infra.KafkaBroker;
import id.go.okikab.platform.infra.KeycloakServer;
import id.go.okikab.platform.infra.Ports;
import id.go.okikab.platform.infra.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform on this machine, each part its own process: PostgreSQL (one database per
 * service), Kafka with the catalog's topics, Keycloak with realm oki, then every service of {@code
 * services.list}, each waited for until ready. {@link #stop()} stops them in reverse order. Used by
 * {@code ./oki up} and by the system tests, so both run the platform the same way.
 */
public final class Platform implements AutoCloseable {

  private static final Duration SERVICE_READY = Duration.ofSeconds(180);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Where progress goes: the console for ./oki, the test log for the system tests. */
  public interface Progress {
    void starting(String what);

    void ready();
  }

  /**
   * The services' JVM options of {@code ./oki up}: a small heap and C1 only, for a quick start on a
   * laptop (slower at steady state than production's full JIT).
   */
  public static final List<String> DEVSTACK_JVM_OPTIONS =
      List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final Stack stack;
  private final Progress progress;
  private final List<String> serviceJvmOptions;
  private final Deque<Runnable> stops = new ArrayDeque<>();
  private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();

  private Platform(Stack stack, Progress progress, List<String> serviceJvmOptions) {
    this.serviceJvmOptions = List.copyOf(serviceJvmOptions);
    this.stack = stack;
    this.progress = progress;
  }

  /**
   * Starts everything; on a failure stops what already started and throws with the end of the
   * failing part's log.
   */
  public static Platform start(Stack stack, Progress progress) {
    return start(stack, progress, DEVSTACK_JVM_OPTIONS);
  }

  /** As {@link #start(Stack, Progress)}, with these JVM options for the services. */
  public static Platform start(Stack stack, Progress progress, List<String> serviceJvmOptions) {
    Platform platform = new Platform(stack, progress, serviceJvmOptions);
    platform.checkPorts();
    for (Stack.Service service : stack.services()) {
      if (!Files.isRegularFile(service.jar(stack.root()))) {
        throw new IllegalStateException(
            service.name()
                + " is not built ("
                + service.jar(stack.root())
                + "): run ./oki up or ./mvnw package");
      }
    }
    try {
      Files.createDirectories(stack.logs());
      Files.createDirectories(stack.run());
      platform.startPostgres();
      platform.startKafka();
      platform.startKeycloak();
      for (Stack.Service service : stack.services()) {
        platform.startService(service, true);
      }
      return platform;
    } catch (IOException | RuntimeException e) {
      platform.stop();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  public Stack stack() {
    return stack;
  }

  /** Stops everything it started, in reverse order. */
  public void stop() {
    stopAll();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Stops one service (the others and the servers keep running), e.g. to see how the platform
   * behaves without it; {@link #restartService} starts it again.
   */
  public void stopService(String name) {
    ChildProcess process = running.remove(name);
    if (process != null) {
      process.stop(Duration.ofSeconds(20));
    }
  }

  /** Starts a stopped service again and waits until it is ready. */
  public void restartService(String name) {
    stopService(name);
    startService(
        stack.services().stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no service " + name)),
        false);
  }

  private void checkPorts() {
    Map<String, Integer> wanted = new LinkedHashMap<>(stack.ports().byName());
    stack.services().forEach(s -> wanted.put(s.name(), s.port()));
    List<String> taken = new ArrayList<>();
    wanted.forEach(
        (name, port) -> {
          if (!Ports.isFree(port)) {
            taken.add(name + " " + port);
          }
        });
    if (!taken.isEmpty()) {
      throw new IllegalStateException(
          "ports already taken: "
              + String.join(", ", taken)
              + "\nstop what uses them, or choose others (OKI_POSTGRES_PORT, OKI_KAFKA_PORT,"
              + " OKI_KEYCLOAK_PORT, OKI_<SERVICE>_PORT, … see README)");
    }
  }

  private void startPostgres() {
    progress.starting("PostgreSQL on port " + stack.ports().postgres());
    PostgresServer postgres =
        PostgresServer.start(
            new PostgresServer.Options(
                stack.home().resolve("postgres"), stack.ports().postgres(), false));
    stops.push(postgres::stop);
    for (Stack.Service service : stack.services()) {
      postgres.createDatabase(service.database());
    }
    progress.ready();
  }

  private void startKafka() {
    progress.starting("Kafka on port " + stack.ports().kafka());
    KafkaBroker kafka =
        KafkaBroker.start(
            new KafkaBroker.Options(
                stack.home().resolve("kafka"),
                stack.ports().kafka(),
                stack.ports().kafkaController(),
                false));
    stops.push(kafka::stop);
    List<KafkaBroker.TopicSpec> topics = new ArrayList<>();
    for (EventCatalog.Topic topic : PlatformEvents.CATALOG.topics()) {
      topics.add(new KafkaBroker.TopicSpec(topic.name(), topic.partitions()));
      topics.add(new KafkaBroker.TopicSpec(topic.deadLetterTopic(), 1));
    }
    kafka.createTopics(topics);
    progress.ready();
  }

  private void startKeycloak() {
    progress.starting(
        "Keycloak on port " + stack.ports().keycloak() + " (the first start takes a minute)");
    try {
      Commands.linkKeycloakData(stack);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot prepare Keycloak's data folder: " + e.getMessage(), e);
    }
    KeycloakServer keycloak =
        KeycloakServer.start(
            new KeycloakServer.Options(
                stack.ports().keycloak(),
                stack.ports().keycloakManagement(),
                KeycloakServer.Database.DEV_FILE,
                List.of(stack.root().resolve("deploy/keycloak/oki-realm.json")),
                stack.logs().resolve("keycloak.log"),
                Duration.ofMinutes(5)));
    stops.push(keycloak::stop);
    progress.ready();
  }

  private void startService(Stack.Service service, boolean first) {
    progress.starting(service.name() + " on port " + service.port());
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("OKI_HTTP_PORT", Integer.toString(service.port()));
    // the gateway is the only way in: the services behind it listen on the loopback interface
    if (!service.isEntry()) {
      environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    }
    environment.put("OKI_DB_URL", stack.jdbcUrl(service.database()));
    environment.put("OKI_DB_USER", PostgresServer.USER);
    environment.put("OKI_DB_PASSWORD", PostgresServer.PASSWORD);
    environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
    environment.put("OKI_OIDC_URL", stack.realmUrl());
    environment.put("OKI_SUBJECT_REF_SECRET", stack.subjectRefSecret());
    // where every other service is (the gateway routes to them): OKI_<SERVICE>_URL
    for (Stack.Service other : stack.services()) {
      if (!other.name().equals(service.name())) {
        environment.put(other.urlVariable(), "http://127.0.0.1:" + other.port());
      }
    }
    Path log = stack.logs().resolve(service.name() + ".log");
    ChildProcess process =
        ChildProcess.start(
            service.name(),
            service.jar(stack.root()).toString(),
            command(service),
            environment,
            stack.root().resolve(service.module()),
            log);
    running.put(service.name(), process);
    if (first) {
      stops.push(() -> stopService(service.name()));
    }
    URI ready = URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready");
    Instant deadline = Instant.now().plus(SERVICE_READY);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            service.name()
                + " stopped while starting; the end of "
                + log
                + ":\n"
                + process.logTail(30));
      }
      if (isUp(ready)) {
        progress.ready();
        return;
      }
      sleep(500);
    }
    throw new IllegalStateException(
        service.name()
            + " not ready within "
            + SERVICE_READY
            + "; the end of "
            + log
            + ":\n"
            + process.logTail(30));
  }

  private List<String> command(Stack.Service service) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(serviceJvmOptions);
    command.add("-jar");
    command.add(service.jar(stack.root()).toString());
    return command;
  }

  private void stopAll() {
    if (stops.isEmpty()) {
      return;
    }
    System.out.println("\nstopping the platform…");
    while (!stops.isEmpty()) {
      try {
        stops.pop().run();
      } catch (RuntimeException e) {
        System.err.println("  " + e.getMessage());
      }
    }
    System.out.println("stopped.");
  }

  static boolean isUp(URI uri) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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

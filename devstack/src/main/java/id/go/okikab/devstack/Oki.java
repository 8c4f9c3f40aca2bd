package id.go.okikab.devstack;

import id.go.okikab.platform.events.EventCatalog;
import id.go.okikab.platform.events.PlatformEvents;
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
import java.util.concurrent.CountDownLatch;

/**
 * The local platform: {@code up} starts PostgreSQL, Kafka, Keycloak and every service of {@code
 * services.list}, each its own process with its own log under {@code .oki/logs}, and stops them
 * all, in reverse order, on Ctrl-C or {@code down}; {@code status} shows what runs.
 */
public final class Oki {

  private static final Duration SERVICE_READY = Duration.ofSeconds(180);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Stack stack;
  private final Deque<Runnable> stops = new ArrayDeque<>();

  private Oki(Stack stack) {
    this.stack = stack;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("oki.root", ".")).toAbsolutePath().normalize();
    Stack stack = Stack.load(root);
    // the servers' PID files live with the local data, not with the tests' (.ci/stop-strays)
    System.setProperty("oki.servers.dir", stack.run().toString());
    System.setProperty("oki.servers.stop-on-exit", "false");
    String command = args.length == 0 ? "up" : args[0];
    List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
    switch (command) {
      case "up" -> new Oki(stack).up();
      case "down" -> System.exit(down(stack));
      case "status" -> System.exit(status(stack));
      case "token" -> System.exit(Commands.token(stack, rest));
      case "tail" -> System.exit(Commands.tail(stack, rest));
      case "logs" -> System.exit(Commands.logs(stack, rest));
      case "reset" -> System.exit(Commands.reset(stack));
      default -> {
        System.err.println(
            "usage: ./oki up | down | status | token <user> | tail [--from-beginning] [topic…]"
                + " | logs <service> | reset");
        System.exit(2);
      }
    }
  }

  private void up() throws Exception {
    Path pidFile = stack.run().resolve("oki.pid");
    if (Files.exists(pidFile)
        && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
            .map(ProcessHandle::isAlive)
            .orElse(false)) {
      fail("the platform already runs (pid " + Files.readString(pidFile).strip() + "): ./oki down");
    }
    checkPorts();
    for (Stack.Service service : stack.services()) {
      if (!Files.isRegularFile(service.jar(stack.root()))) {
        fail(service.name() + " is not built (" + service.jar(stack.root()) + "): run ./oki up");
      }
    }
    Files.createDirectories(stack.logs());
    Files.createDirectories(stack.run());
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopAll();
                  try {
                    Files.deleteIfExists(pidFile);
                  } catch (IOException ignored) {
                    // a stale pid file is checked against the live process
                  }
                  stopped.countDown();
                },
                "oki-down"));
    Instant started = Instant.now();
    try {
      startPostgres();
      startKafka();
      startKeycloak();
      for (Stack.Service service : stack.services()) {
        startService(service);
      }
    } catch (RuntimeException e) {
      System.err.println("\n" + e.getMessage());
      System.exit(1);
    }
    printWelcome(Duration.between(started, Instant.now()));
    stopped.await();
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
      fail(
          "ports already taken: "
              + String.join(", ", taken)
              + "\nstop what uses them, or choose others (OKI_POSTGRES_PORT, OKI_KAFKA_PORT,"
              + " OKI_KEYCLOAK_PORT, OKI_<SERVICE>_PORT, … see README)");
    }
  }

  private void startPostgres() {
    step("PostgreSQL on port " + stack.ports().postgres());
    PostgresServer postgres =
        PostgresServer.start(
            new PostgresServer.Options(
                stack.home().resolve("postgres"), stack.ports().postgres(), false));
    stops.push(postgres::stop);
    for (Stack.Service service : stack.services()) {
      postgres.createDatabase(service.database());
    }
    done();
  }

  private void startKafka() {
    step("Kafka on port " + stack.ports().kafka());
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
    done();
  }

  private void startKeycloak() {
    step("Keycloak on port " + stack.ports().keycloak() + " (the first start takes a minute)");
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
    done();
  }

  private void startService(Stack.Service service) {
    step(service.name() + " on port " + service.port());
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("OKI_HTTP_PORT", Integer.toString(service.port()));
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
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                service.jar(stack.root()).toString()),
            environment,
            stack.root().resolve(service.module()),
            log);
    stops.push(() -> process.stop(Duration.ofSeconds(20)));
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
        done();
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

  private void printWelcome(Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("\nThe OKI Smart Regency Platform runs (started in ")
        .append(took.toSeconds())
        .append(" s). Ctrl-C, or ./oki down from another terminal, stops it.\n\n");
    Stack.Service gateway =
        stack.services().stream().filter(s -> s.name().equals("gateway")).findFirst().orElse(null);
    if (gateway != null) {
      out.append(String.format("  %-24s http://localhost:%d%n", "gateway", gateway.port()));
    }
    for (Stack.Service service : stack.services()) {
      out.append(
          String.format(
              "  %-24s http://localhost:%d/q/openapi  (health /q/health, metrics /q/metrics)%n",
              service.name(), service.port()));
    }
    out.append(
        String.format("  %-24s %s/admin  (admin / admin)%n", "Keycloak", stack.keycloakUrl()));
    out.append(String.format("  %-24s %s%n", "Kafka", stack.bootstrapServers()));
    out.append(
        String.format(
            "  %-24s jdbc:postgresql://localhost:%d/<service database> (postgres)%n",
            "PostgreSQL", stack.ports().postgres()));
    out.append("\nDemo users of realm oki (password oki-demo): warga1, warga2 (citizens), umkm1")
        .append(" (citizen + merchant), bidan1 (health officer), dukcapil1 (registry officer),")
        .append(
            " bapenda1, dpmptsp1, koperasi1, kominfo1 (operator), admin1 — see docs/security.md\n")
        .append(
            "Try:  curl -H \"Authorization: Bearer $(./oki token warga1)\" http://localhost:8080/api/v1/me/overview\n")
        .append(
            "      ./oki tail            (events as they happen)   ./oki logs gateway   ./oki status\n")
        .append("Logs: ")
        .append(stack.logs())
        .append("    Data: ")
        .append(stack.home())
        .append("\n");
    System.out.print(out);
  }

  private static int down(Stack stack) throws Exception {
    Path pidFile = stack.run().resolve("oki.pid");
    if (!Files.exists(pidFile)) {
      System.out.println("the platform is not running");
      return 0;
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    var handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      Files.deleteIfExists(pidFile);
      System.out.println("the platform is not running");
      return 0;
    }
    System.out.println("stopping the platform (pid " + pid + ")…");
    handle.get().destroy();
    handle.get().onExit().get();
    System.out.println("stopped.");
    return 0;
  }

  private static int status(Stack stack) {
    System.out.printf("%-24s %-7s %s%n", "component", "port", "state");
    stack
        .ports()
        .byName()
        .forEach(
            (name, port) ->
                System.out.printf(
                    "%-24s %-7d %s%n",
                    name, port, Ports.isOpen(port, Duration.ofMillis(300)) ? "listening" : "down"));
    for (Stack.Service service : stack.services()) {
      String state =
          isUp(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
              ? "ready"
              : Ports.isOpen(service.port(), Duration.ofMillis(300)) ? "not ready" : "down";
      System.out.printf("%-24s %-7d %s%n", service.name(), service.port(), state);
    }
    return 0;
  }

  private static boolean isUp(URI uri) {
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

  private static void step(String what) {
    System.out.print("  starting " + what + " … ");
    System.out.flush();
  }

  private static void done() {
    System.out.println("ready");
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
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

package id.go.okikab.devstack;

import id.go.okikab.platform.infra.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local platform: {@code up} starts PostgreSQL, Kafka, Keycloak and every service of {@code
 * services.list}, each its own process with its own log under {@code .oki/logs}, and stops them
 * all, in reverse order, on Ctrl-C or {@code down}; {@code status} shows what runs.
 */
public final class Oki {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Stack stack;

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
      case "demo" -> System.exit(Commands.demo(stack));
      case "demo-data" -> System.exit(Commands.demoData(stack));
      case "pay" -> System.exit(PaymentSimulator.run(stack, rest));
      default -> {
        System.err.println(
            "usage: ./oki up | down | status | token <user> | tail [--from-beginning] [topic…]"
                + " | logs <service> | reset | demo | demo-data | pay <billing-code> [amount]");
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
    Files.createDirectories(stack.run());
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    CountDownLatch stopped = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicReference<Platform> running =
        new java.util.concurrent.atomic.AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Platform platform = running.get();
                  if (platform != null) {
                    System.out.println("\nstopping the platform…");
                    platform.stop();
                    System.out.println("stopped.");
                  }
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
      running.set(
          Platform.start(
              stack,
              new Platform.Progress() {
                @Override
                public void starting(String what) {
                  System.out.print("  starting " + what + " … ");
                  System.out.flush();
                }

                @Override
                public void ready() {
                  System.out.println("ready");
                }
              }));
    } catch (RuntimeException e) {
      System.err.println("\n" + e.getMessage());
      System.exit(1);
    }
    Duration took = Duration.between(started, Instant.now());
    Commands.demoDataOnFirstStart(stack);
    printWelcome(took);
    stopped.await();
  }

  private void printWelcome(Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("\nThe OKI Smart Regency Platform runs (started in ")
        .append(took.toSeconds())
        .append(" s). Ctrl-C, or ./oki down from another terminal, stops it.\n\n");
    Stack.Service gateway =
        stack.services().stream().filter(s -> s.name().equals("gateway")).findFirst().orElse(null);
    if (gateway != null) {
      out.append(
          String.format(
              "  %-24s http://localhost:%d/api/v1  (the platform's API; merged OpenAPI at"
                  + " /api/v1/openapi)%n",
              "API (gateway)", gateway.port()));
      out.append(
          String.format(
              "  %-24s http://localhost:%d/q/swagger-ui%n", "Swagger UI", gateway.port()));
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
            "Try:  curl -H \"Authorization: Bearer $(./oki token warga1)\" http://localhost:"
                + (gateway == null ? 8080 : gateway.port())
                + "/api/v1/me/overview\n")
        .append(
            "      ./oki tail            (events as they happen)   ./oki logs gateway   ./oki status\n")
        .append(
            "      ./oki demo            (the cross-agency journey: pregnancy, birth, registration, dashboard)\n")
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
          Platform.isUp(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
              ? "ready"
              : Ports.isOpen(service.port(), Duration.ofMillis(300)) ? "not ready" : "down";
      System.out.printf("%-24s %-7d %s%n", service.name(), service.port(), state);
    }
    return 0;
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}

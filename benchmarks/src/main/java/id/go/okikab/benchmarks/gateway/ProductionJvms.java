package id.go.okikab.benchmarks.gateway;

import id.go.okikab.devstack.Stack;
import id.go.okikab.platform.infra.ChildProcess;
import id.go.okikab.platform.infra.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's services started with the JVM options of production instead of devstack's:
 * devstack starts them with {@code -XX:TieredStopAtLevel=1} (C1 only: quick to start, slower at
 * steady state, RSA token checks included), production runs {@code deploy/docker/Dockerfile.jvm}
 * ({@code -XX:+UseSerialGC -XX:MaxRAMPercentage=75}, full tiered compilation) in pods limited to
 * 768 MiB ({@code deploy/kubernetes}), i.e. a heap of 576 MiB. Everything else is as devstack's
 * {@code Platform} starts them: the same environment, working folder, log and readiness wait; the
 * servers (PostgreSQL, Kafka, Keycloak) are devstack's. Used by the gateway benchmark with {@code
 * bench.jvm=production}.
 */
final class ProductionJvms implements AutoCloseable {

  static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx576m");

  private static final Duration READY = Duration.ofSeconds(180);

  private final Deque<ChildProcess> started = new ArrayDeque<>();

  private ProductionJvms() {}

  /** Creates each service's database and starts the services in order, each waited for. */
  static ProductionJvms start(Stack stack) {
    ProductionJvms jvms = new ProductionJvms();
    try {
      createDatabases(stack);
      for (Stack.Service service : stack.services()) {
        jvms.start(stack, service);
      }
      return jvms;
    } catch (RuntimeException e) {
      jvms.close();
      throw e;
    }
  }

  private void start(Stack stack, Stack.Service service) {
    System.out.print(
        "starting " + service.name() + " on port " + service.port() + " (production JVM) … ");
    System.out.flush();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("OKI_HTTP_PORT", Integer.toString(service.port()));
    environment.put("OKI_DB_URL", stack.jdbcUrl(service.database()));
    environment.put("OKI_DB_USER", PostgresServer.USER);
    environment.put("OKI_DB_PASSWORD", PostgresServer.PASSWORD);
    environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
    environment.put("OKI_OIDC_URL", stack.realmUrl());
    environment.put("OKI_SUBJECT_REF_SECRET", stack.subjectRefSecret());
    for (Stack.Service other : stack.services()) {
      if (!other.name().equals(service.name())) {
        environment.put(other.urlVariable(), "http://127.0.0.1:" + other.port());
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPTIONS);
    command.add("-jar");
    command.add(service.jar(stack.root()).toString());
    Path log = stack.logs().resolve(service.name() + ".log");
    ChildProcess process =
        ChildProcess.start(
            service.name(),
            service.jar(stack.root()).toString(),
            command,
            environment,
            stack.root().resolve(service.module()),
            log);
    started.push(process);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready");
    Instant deadline = Instant.now().plus(READY);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            service.name() + " stopped while starting:\n" + process.logTail(30));
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          System.out.println("ready");
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        service.name() + " not ready within " + READY + ":\n" + process.logTail(30));
  }

  private static void createDatabases(Stack stack) {
    for (Stack.Service service : stack.services()) {
      PostgresServer.createDatabase(
          stack.jdbcUrl("postgres"),
          PostgresServer.USER,
          PostgresServer.PASSWORD,
          service.database());
    }
  }

  /** Stops the services in reverse order. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      ChildProcess process = started.pop();
      try {
        process.stop(Duration.ofSeconds(20));
      } catch (RuntimeException e) {
        System.err.println("  " + process.server() + ": " + e.getMessage());
      }
    }
  }
}

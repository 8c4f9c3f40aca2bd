package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The real Keycloak distribution ({@code keycloak-quarkus-dist}) started with {@code kc.sh
 * start-dev} and realms imported at start.
 *
 * <p>The archive is unpacked once per flavour into a cache folder outside {@code target/} ({@code
 * $OKI_CACHE_DIR}, default {@code ~/.cache/oki-platform}). Build-time options such as {@code --db}
 * make Keycloak re-augment (~30 s) whenever they change, so each flavour (database kind) gets its
 * own unpacked copy and always starts with the same options.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KeycloakServer.class);

  /** Keycloak's development databases; each gets its own unpacked distribution. */
  public enum Database {
    /** in memory: tests */
    DEV_MEM("dev-mem"),
    /** H2 file under the distribution's data folder: the local run */
    DEV_FILE("dev-file");

    final String option;

    Database(String option) {
      this.option = option;
    }
  }

  /**
   * How Keycloak runs.
   *
   * @param port HTTP port on 127.0.0.1; tokens carry {@code iss=http://localhost:<port>/realms/…}
   * @param managementPort health endpoints
   * @param database dev-mem or dev-file
   * @param realmFiles realm exports imported at start (skipped when the realm exists)
   * @param logFile where Keycloak's output goes
   * @param readyTimeout how long to wait for {@code /health/ready}
   */
  public record Options(
      int port,
      int managementPort,
      Database database,
      List<Path> realmFiles,
      Path logFile,
      Duration readyTimeout) {}

  private final Options options;
  private final Path home;
  private ChildProcess process;

  private KeycloakServer(Options options, Path home) {
    this.options = options;
    this.home = home;
  }

  /** Unpacks the distribution if needed, starts Keycloak and waits until it is ready. */
  public static KeycloakServer start(Options options) {
    Path home = unpackedDistribution(options.database());
    KeycloakServer server = new KeycloakServer(options, home);
    server.launch();
    return server;
  }

  /** {@code http://localhost:<port>}: the issuer host that every token carries. */
  public String url() {
    return "http://localhost:" + options.port();
  }

  public String realmUrl(String realm) {
    return url() + "/realms/" + realm;
  }

  public int port() {
    return options.port();
  }

  public Path home() {
    return home;
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** SIGTERM to {@code kc.sh}, which forwards it to Keycloak's JVM. */
  public synchronized void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(40));
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The cache folder holding unpacked distributions. */
  public static Path cacheDir() {
    String configured = System.getenv("OKI_CACHE_DIR");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".cache", "oki-platform");
  }

  /** The unpacked distribution for {@code database}, unpacking the archive on first use. */
  public static Path unpackedDistribution(Database database) {
    String version = InfraLayout.keycloakVersion();
    Path target = cacheDir().resolve("keycloak-" + version + "-" + database.option);
    if (Files.isExecutable(target.resolve("bin/kc.sh"))) {
      return target;
    }
    Path archive = InfraLayout.keycloakDistArchive();
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException(
          "Keycloak distribution " + archive + " is missing: build libs/platform-infra first");
    }
    try {
      Files.createDirectories(cacheDir());
      Path scratch = Files.createTempDirectory(cacheDir(), "unpack-");
      try {
        LOG.infof("unpacking Keycloak %s into %s (once)", version, target);
        Process tar =
            new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", scratch.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(tar.getInputStream().readAllBytes());
        if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
          throw new IllegalStateException("unpacking " + archive + " failed: " + output);
        }
        Path unpacked;
        try (Stream<Path> entries = Files.list(scratch)) {
          unpacked =
              entries
                  .filter(Files::isDirectory)
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException(archive + " holds no folder"));
        }
        try {
          Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
          // another JVM unpacked it first
          if (!Files.isExecutable(target.resolve("bin/kc.sh"))) {
            throw raced;
          }
        }
      } finally {
        ServerDirs.deleteRecursively(scratch);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private synchronized void launch() {
    for (int port : new int[] {options.port(), options.managementPort()}) {
      if (!Ports.isFree(port)) {
        throw new IllegalStateException("Keycloak port " + port + " is taken by another process");
      }
    }
    try {
      Path imports = home.resolve("data/import");
      Files.createDirectories(imports);
      try (Stream<Path> old = Files.list(imports)) {
        for (Path file : old.toList()) {
          Files.deleteIfExists(file);
        }
      }
      for (Path realm : options.realmFiles()) {
        Files.copy(
            realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(home.resolve("bin/kc.sh").toString());
    command.add("start-dev");
    command.add("--http-host=127.0.0.1");
    command.add("--http-port=" + options.port());
    command.add("--hostname=" + url());
    command.add("--http-management-port=" + options.managementPort());
    command.add("--db=" + options.database().option);
    command.add("--health-enabled=true");
    command.add("--import-realm");
    Map<String, String> environment =
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
            "JAVA_HOME", System.getProperty("java.home"));
    process =
        ChildProcess.start("keycloak", "kc.sh", command, environment, home, options.logFile());
    awaitReady();
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
    Instant deadline = Instant.now().plus(options.readyTimeout());
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited during start:\n" + process.logTail(40));
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(3)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          LOG.debugf("Keycloak ready on %s", url());
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
    String tail = process.logTail(40);
    stop();
    throw new IllegalStateException(
        "Keycloak not ready within " + options.readyTimeout() + ":\n" + tail);
  }
}

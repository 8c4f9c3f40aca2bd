package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * PostgreSQL from the machine's server binaries ({@code /usr/lib/postgresql/<version>/bin}, or
 * {@code $OKI_PG_BIN}). {@code initdb} and {@code pg_ctl} refuse to run as root, so as root every
 * command runs under {@code unshare -U} (a new user namespace, as an unmapped user; the files stay
 * root's), or, where user namespaces are not allowed, as the {@code postgres} user via {@code
 * runuser}.
 */
final class NativePostgres implements PostgresServer {

  private static final Logger LOG = Logger.getLogger(NativePostgres.class);

  private final Path bin;
  private final Options options;
  private final List<String> prefix;
  private final Thread shutdownHook;
  private volatile boolean stopped;

  private NativePostgres(Path bin, Options options, List<String> prefix) {
    this.bin = bin;
    this.options = options;
    this.prefix = prefix;
    this.shutdownHook = new Thread(this::stop, "stop-postgres");
    if (ServerDirs.stopOnExit()) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  static Optional<Path> findBinaries() {
    String configured = System.getenv("OKI_PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static NativePostgres start(Path bin, Options options) {
    Path data = options.dataDir();
    List<String> prefix = userPrefix(data);
    NativePostgres server = new NativePostgres(bin, options, prefix);
    try {
      Files.createDirectories(data);
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        List<String> initdb =
            new ArrayList<>(
                List.of(
                    bin.resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-A",
                    "trust",
                    "-U",
                    USER,
                    "--no-locale",
                    "-E",
                    "UTF8"));
        if (options.ephemeral()) {
          initdb.add("--no-sync");
        }
        server.run(initdb, Duration.ofSeconds(120));
      }
      String serverOptions =
          "-p "
              + options.port()
              + " -k "
              + data
              + " -c listen_addresses=127.0.0.1 -c max_connections=300"
              + (options.ephemeral() ? " -c fsync=off -c synchronous_commit=off" : "");
      server.run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-w",
              "-t",
              "60",
              "-l",
              data.resolve("server.log").toString(),
              "-o",
              serverOptions,
              "start"),
          Duration.ofSeconds(90));
      long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      ServerDirs.writePidFile("postgres", pid, data.toString());
      LOG.debugf("PostgreSQL started on port %d from %s", options.port(), bin);
      return server;
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw new IllegalStateException(
          "PostgreSQL did not start on port "
              + options.port()
              + ": "
              + e.getMessage()
              + "\n"
              + ChildProcess.tail(data.resolve("server.log"), 30),
          e);
    }
  }

  @Override
  public int port() {
    return options.port();
  }

  @Override
  public String description() {
    return "PostgreSQL from " + bin + (prefix.isEmpty() ? "" : " via " + prefix.get(0));
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    Path data = options.dataDir();
    Path pidFile = data.resolve("postmaster.pid");
    try {
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        run(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-m",
                "fast",
                "-w",
                "stop"),
            Duration.ofSeconds(60));
        ServerDirs.deletePidFile("postgres", pid);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warnf("stopping PostgreSQL in %s: %s", data, e.getMessage());
    }
    if (options.ephemeral()) {
      ServerDirs.deleteRecursively(data);
    }
    if (ServerDirs.stopOnExit() && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // already exiting
      }
    }
  }

  private void run(List<String> command, Duration timeout) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(command);
    try {
      Path output = Files.createTempFile("oki-pg-", ".out");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .directory(options.dataDir().getParent().toFile());
        builder.environment().putAll(Map.of("LC_ALL", "C"));
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("timed out: " + String.join(" ", full));
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              String.join(" ", full)
                  + " exited with "
                  + process.exitValue()
                  + ": "
                  + Files.readString(output));
        }
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
    }
  }

  /** The command prefix that lets PostgreSQL's tools run when this JVM runs as root. */
  private static List<String> userPrefix(Path data) {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    if (succeeds(List.of("unshare", "-U", "true"))) {
      return List.of("unshare", "-U");
    }
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (succeeds(List.of("chown", "-R", "postgres", data.toString()))) {
      return List.of("runuser", "-u", "postgres", "--");
    }
    throw new IllegalStateException(
        "running as root without user namespaces or a postgres user: PostgreSQL cannot start");
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

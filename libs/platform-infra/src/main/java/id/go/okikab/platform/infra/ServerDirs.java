package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where started servers keep their working directories and PID files.
 *
 * <p>The base is {@code $OKI_SERVERS_DIR} (or {@code -Doki.servers.dir}), else {@code
 * /tmp/oki-servers}. Every started process has a PID file in {@code <base>/pids/}: its first line
 * is the PID, its second a string its command line contains, so {@code .ci/stop-strays} can stop
 * what a killed JVM left behind without touching a process that reused the PID.
 */
public final class ServerDirs {

  private ServerDirs() {}

  /**
   * Whether started servers stop themselves when the JVM exits (a shutdown hook each). True for
   * tests; the local run ({@code devstack}) sets {@code -Doki.servers.stop-on-exit=false} and stops
   * them itself, in reverse start order.
   */
  public static boolean stopOnExit() {
    return Boolean.parseBoolean(System.getProperty("oki.servers.stop-on-exit", "true"));
  }

  public static Path base() {
    String configured = System.getProperty("oki.servers.dir", System.getenv("OKI_SERVERS_DIR"));
    return Path.of(configured != null && !configured.isBlank() ? configured : "/tmp/oki-servers");
  }

  /** A new, empty, uniquely named directory for one server of this JVM. */
  public static Path newEphemeral(String kind) {
    Path dir = base().resolve(kind + "-" + UUID.randomUUID().toString().substring(0, 8));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path pidFile(String name, long pid) {
    return base().resolve("pids").resolve(name + "-" + pid + ".pid");
  }

  static void writePidFile(String name, long pid, String cmdlineMarker) {
    Path file = pidFile(name, pid);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, pid + "\n" + cmdlineMarker + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deletePidFile(String name, long pid) {
    try {
      Files.deleteIfExists(pidFile(name, pid));
    } catch (IOException ignored) {
      // best effort: a stale PID file only makes .ci/run check a process that is gone
    }
  }

  /** Deletes a directory tree; missing is fine. */
  public static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

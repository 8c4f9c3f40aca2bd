package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A server running as a child process with its own log file and PID file. It is stopped when the
 * JVM exits (shutdown hook), and a JVM killed with SIGKILL leaves a PID file for {@code .ci/run}.
 */
public final class ChildProcess {

  private static final Logger LOG = Logger.getLogger(ChildProcess.class);

  private final String server;
  private final Process process;
  private final Path logFile;
  private final Thread shutdownHook;

  private ChildProcess(String server, Process process, Path logFile) {
    this.server = server;
    this.process = process;
    this.logFile = logFile;
    this.shutdownHook = new Thread(() -> stop(Duration.ofSeconds(20)), "stop-" + server);
    if (ServerDirs.stopOnExit()) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /**
   * Starts {@code command} in {@code workDir}, stdout and stderr appended to {@code logFile}.
   *
   * @param cmdlineMarker a string the process's command line contains, so that the stray-server
   *     cleanup ({@code .ci/stop-strays}) never kills an unrelated process that reused the PID
   */
  public static ChildProcess start(
      String server,
      String cmdlineMarker,
      List<String> command,
      Map<String, String> environment,
      Path workDir,
      Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      ServerDirs.writePidFile(server, process.pid(), cmdlineMarker);
      LOG.debugf("started %s (pid %d), log %s", server, process.pid(), logFile);
      return new ChildProcess(server, process, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + server + ": " + command, e);
    }
  }

  public String server() {
    return server;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path logFile() {
    return logFile;
  }

  /** The last {@code lines} lines of the log, for error messages. */
  public String logTail(int lines) {
    return tail(logFile, lines);
  }

  /**
   * SIGTERM, then after {@code grace} SIGKILL to the process and everything it started. Safe to
   * call more than once.
   */
  public void stop(Duration grace) {
    List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warnf("%s did not stop within %s; killing it", server, grace);
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    ServerDirs.deletePidFile(server, process.pid());
    if (ServerDirs.stopOnExit() && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting; the hook may run too, which is harmless
      }
    }
  }

  static String tail(Path file, int lines) {
    try {
      if (!Files.exists(file)) {
        return "(no log at " + file + ")";
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}

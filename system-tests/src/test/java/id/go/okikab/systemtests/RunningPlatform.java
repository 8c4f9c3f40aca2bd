package id.go.okikab.systemtests;

import id.go.okikab.devstack.Platform;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.Tokens;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform for the system tests, started once per test JVM the way {@code ./oki up}
 * starts it (devstack's {@link Platform}: PostgreSQL, Kafka, Keycloak, then every service of
 * services.list), on free ports with its data in a temporary folder, and stopped after the last
 * test. Test classes use it with {@code @ExtendWith(RunningPlatform.class)}.
 */
public final class RunningPlatform implements BeforeAllCallback {

  private static final Logger LOG = Logger.getLogger(RunningPlatform.class);
  private static Platform platform;
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context);
  }

  private static synchronized void start(ExtensionContext context) {
    if (platform != null) {
      return;
    }
    Path root = repositoryRoot();
    Path home;
    try {
      home = Files.createDirectories(ServerDirs.base()).resolve("system-" + System.nanoTime());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Stack stack = Stack.ephemeral(root, home);
    Instant begin = Instant.now();
    platform =
        Platform.start(
            stack,
            new Platform.Progress() {
              @Override
              public void starting(String what) {
                LOG.infof("system tests: starting %s", what);
              }

              @Override
              public void ready() {
                LOG.info("system tests: ready");
              }
            });
    LOG.infof(
        "system tests: platform up in %d s, data in %s",
        Duration.between(begin, Instant.now()).toSeconds(), home);
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .put(
            "oki-platform",
            (ExtensionContext.Store.CloseableResource)
                () -> {
                  platform.stop();
                  ServerDirs.deleteRecursively(home);
                });
  }

  static Platform platform() {
    return platform;
  }

  static Stack stack() {
    return platform.stack();
  }

  /** The gateway's base URL. */
  static String gateway() {
    return "http://127.0.0.1:" + service("gateway").port();
  }

  static Stack.Service service(String name) {
    return platform.stack().services().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** A token of a demo user or agency client from the platform's Keycloak (cached per test run). */
  static String token(String who) {
    return TOKENS.computeIfAbsent(
        who,
        w -> {
          try {
            return Tokens.of(platform.stack(), w);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) && Files.exists(dir.resolve("oki"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}

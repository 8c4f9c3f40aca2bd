package id.go.okikab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md, "Inside a service"): {@code api} → {@code
 * service} → {@code domain}. Read from the sources themselves, so a new file cannot slip past: only
 * {@code api} names {@code api}; {@code domain} names no other layer of this service.
 */
class DependencyDirectionTest {

  private static final Path SOURCES = Path.of("src/main/java/id/go/okikab/health");
  private static final String BASE = "id.go.okikab.health.";

  @Test
  void onlyTheResourcesUseTheApiPackage() {
    assertThat(offenders(layer -> !layer.equals("api"), "api")).isEmpty();
  }

  @Test
  void theDomainUsesNoOtherLayer() {
    for (String other : List.of("api", "service", "repository", "messaging", "config")) {
      assertThat(offenders(layer -> layer.equals("domain"), other)).as(other).isEmpty();
    }
  }

  @Test
  void theSourcesAreWhereTheTestLooks() {
    assertThat(files()).hasSizeGreaterThan(50);
    assertThat(SOURCES.resolve("domain/Pregnancy.java")).exists();
  }

  /** Files of the layers {@code from} accepts that mention package {@code BASE + target}. */
  private static List<String> offenders(Predicate<String> from, String target) {
    List<String> found = new ArrayList<>();
    for (Path file : files()) {
      String layer = SOURCES.relativize(file).getName(0).toString();
      if (!from.test(layer)) {
        continue;
      }
      String source = read(file);
      // an import, a static import or a fully qualified name in the code
      if (source.contains(BASE + target + ".")) {
        found.add(SOURCES.relativize(file) + " uses " + BASE + target);
      }
    }
    return found;
  }

  private static List<Path> files() {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

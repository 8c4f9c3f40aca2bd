package id.go.okikab.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md, "Inside a service"): {@code api} → {@code
 * service} → {@code domain}; {@code repository} and {@code messaging} serve {@code service}. Read
 * from the sources' import lines: a plain test, no framework.
 */
class LayeringTest {

  static final Path SOURCES = Path.of("src/main/java/id/go/okikab/civilregistry");
  static final String BASE = "id.go.okikab.civilregistry.";

  /** An import, or a fully qualified name, of a class of another package of this service. */
  static final Pattern REFERENCE =
      Pattern.compile("\\bid\\.go\\.okikab\\.civilregistry\\.(\\w+)\\.");

  /** The layers each package may not import. */
  static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "service", List.of("api"),
          "domain", List.of("api", "service", "repository", "messaging", "config"),
          "repository", List.of("api", "service", "messaging"),
          "messaging", List.of("api"),
          "config", List.of("api", "service", "domain", "repository", "messaging"));

  @Test
  void nothingImportsTheApiAndTheDomainImportsNoOtherLayer() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String layer = SOURCES.relativize(file).getName(0).toString();
      List<String> forbidden = FORBIDDEN.getOrDefault(layer, List.of());
      Matcher imports = REFERENCE.matcher(withoutPackageLine(read(file)));
      while (imports.find()) {
        if (forbidden.contains(imports.group(1))) {
          violations.add(SOURCES.relativize(file) + " imports " + BASE + imports.group(1));
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theTestReadsTheSources() {
    assertThat(sources()).hasSizeGreaterThan(50);
    assertThat(REFERENCE.matcher("import id.go.okikab.civilregistry.api.X;").find()).isTrue();
    assertThat(REFERENCE.matcher("import static id.go.okikab.civilregistry.service.X.Y;").find())
        .isTrue();
    assertThat(REFERENCE.matcher("x = id.go.okikab.civilregistry.api.X.NAME;").find()).isTrue();
    assertThat(withoutPackageLine("package id.go.okikab.civilregistry.domain;\nclass X {}"))
        .doesNotContain("civilregistry");
  }

  static String withoutPackageLine(String source) {
    return source.replaceFirst("(?m)^package [\\w.]+;", "");
  }

  static List<Path> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

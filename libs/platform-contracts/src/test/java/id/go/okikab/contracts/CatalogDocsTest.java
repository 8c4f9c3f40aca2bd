package id.go.okikab.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import id.go.okikab.contracts.fixture.ParcelEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md and docs/asyncapi.yaml are generated from the catalog; the build fails while they
 * are stale. Regenerate with {@code -Doki.docs.update=true}.
 */
class CatalogDocsTest {

  static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  @Test
  void theCommittedEventDocumentsMatchTheCatalog() throws Exception {
    Path docs = repositoryRoot().resolve("docs");
    check(docs.resolve("events.md"), CatalogDocs.markdown(PlatformEvents.CATALOG));
    check(
        docs.resolve("asyncapi.yaml"),
        "# Generated from libs/platform-events (PlatformEvents.CATALOG); do not edit.\n"
            + YAML.writeValueAsString(CatalogDocs.asyncApi(PlatformEvents.CATALOG, "0.1.0")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAsyncApiDocumentDescribesTopicsMessagesAndPayloads() {
    Map<String, Object> doc = CatalogDocs.asyncApi(ParcelEvents.CATALOG, "test");
    assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
    Map<String, Object> channel =
        (Map<String, Object>) ((Map<String, Object>) doc.get("channels")).get("fixture.parcel.v1");
    assertThat(channel.get("address")).isEqualTo("fixture.parcel.v1");
    assertThat((Map<String, Object>) channel.get("messages"))
        .containsOnlyKeys("ParcelRegistered", "ParcelMoved");
    Map<String, Object> moved =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("messages"))
                .get("ParcelMoved");
    assertThat(moved.get("title")).isEqualTo("id.go.okikab.fixture.ParcelMoved.v1");
    Map<String, Object> payload = (Map<String, Object>) moved.get("payload");
    assertThat((List<String>) payload.get("required")).containsExactly("parcelId", "step");
    assertThat((Map<String, Object>) payload.get("properties"))
        .containsEntry("parcelId", Map.of("type", "string"))
        .containsEntry("step", Map.of("type", "integer", "format", "int32"));
    assertThat(CatalogDocs.markdown(ParcelEvents.CATALOG))
        .contains("`fixture.parcel.v1`")
        .contains("### ParcelMoved")
        .contains("| `step` | integer (int32) | yes |");
  }

  private static void check(Path file, String generated) throws Exception {
    if (Boolean.getBoolean("oki.docs.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated);
      return;
    }
    assertThat(Files.exists(file) ? Files.readString(file) : "(missing)")
        .as(
            "%s is stale: regenerate with ./mvnw -pl libs/platform-events -am test"
                + " -Dtest=CatalogDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Doki.docs.update=true",
            file)
        .isEqualTo(generated);
  }

  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "repository root not found above " + Path.of("").toAbsolutePath());
  }
}

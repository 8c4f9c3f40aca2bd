package id.go.okikab.civilregistry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /q/openapi documents every route of the registry with the statuses it can answer. */
@QuarkusTest
class OpenApiTest {

  static final Set<String> PUBLIC =
      Set.of(
          "GET /api/v1/regions",
          "GET /api/v1/regions/{code}",
          "GET /api/v1/reference-codes",
          "GET /api/v1/certificates/verify/{code}");

  @SuppressWarnings("unchecked")
  @Test
  void everyOperationDocumentsItsStatusesAndProblemBodies() {
    JsonPath doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = doc.getMap("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, value) -> {
                  if (!path.startsWith("/api/v1/")) {
                    return;
                  }
                  String name = method.toUpperCase() + " " + path;
                  operations.add(name);
                  Map<String, Object> operation = (Map<String, Object>) value;
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2"));
                  if (!PUBLIC.contains(name)) {
                    assertThat(responses.keySet()).as(name).contains("401", "403");
                  }
                  responses.forEach(
                      (code, response) -> {
                        if (code.startsWith("4")) {
                          Map<String, Object> content =
                              (Map<String, Object>) response.get("content");
                          assertThat(content)
                              .as(name + " " + code)
                              .containsKey("application/problem+json");
                        }
                      });
                }));
    assertThat(operations).hasSizeGreaterThanOrEqualTo(40);
    assertThat(statuses(paths, "post", "/api/v1/residents"))
        .contains("201", "202", "400", "409", "422");
    assertThat(statuses(paths, "post", "/api/v1/families/{id}/members"))
        .contains("200", "400", "404", "409", "412", "422", "428");
    assertThat(statuses(paths, "post", "/api/v1/birth-registrations/{id}/registration"))
        .contains("200", "404", "409", "412", "422", "428");
    // every change of an existing aggregate's state needs If-Match (docs/architecture.md)
    for (String step :
        List.of("verification", "fix-request", "approval", "registration", "rejection")) {
      for (String kind : List.of("birth", "death")) {
        assertThat(statuses(paths, "post", "/api/v1/" + kind + "-registrations/{id}/" + step))
            .as(kind + " " + step)
            .contains("412", "428");
      }
    }
    assertThat(statuses(paths, "post", "/api/v1/resident-reviews/{id}/decision"))
        .contains("200", "404", "409", "412", "422", "428");
    assertThat(statuses(paths, "get", "/api/v1/certificates/verify/{code}")).contains("200", "404");
    assertThat(doc.getMap("components.schemas")).containsKey("Problem");
  }

  @SuppressWarnings("unchecked")
  static Set<String> statuses(Map<String, Map<String, Object>> paths, String method, String path) {
    Map<String, Object> operation = (Map<String, Object>) paths.get(path).get(method);
    return ((Map<String, Object>) operation.get("responses")).keySet();
  }
}

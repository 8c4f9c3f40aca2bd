package id.go.okikab.health.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi documents every status each KIA operation can answer, every error as RFC 9457 problem
 * details ({@code application/problem+json}, the platform's {@code Problem} schema) with a
 * description — generated from the resources' annotations alone (no hand-written YAML).
 */
@QuarkusTest
class OpenApiTest {

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsStatusesAsProblemDetails() {
    JsonPath doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = doc.getMap("paths");
    int operations = 0;
    int errors = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (var operation : path.getValue().entrySet()) {
        String method = operation.getKey();
        Map<String, Object> responses =
            (Map<String, Object>) ((Map<String, Object>) operation.getValue()).get("responses");
        String name = method.toUpperCase() + " " + path.getKey();
        assertThat(responses).as(name).containsKeys("401", "403");
        if (path.getKey().contains("{")) {
          assertThat(responses).as(name).containsKey("404");
        }
        if (path.getKey().contains("{id}")) {
          assertThat(responses).as(name).containsKey("400"); // not a UUID
        }
        if (method.equals("post") && !path.getKey().endsWith("/lookup")) {
          assertThat(responses).as(name).containsKeys("400", "422");
          assertThat(responses.keySet()).as(name).containsAnyOf("200", "201");
        }
        for (var response : responses.entrySet()) {
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            Map<String, Object> r = (Map<String, Object>) response.getValue();
            String status = name + " " + response.getKey();
            assertThat((String) r.get("description")).as(status).isNotBlank();
            Map<String, Object> content = (Map<String, Object>) r.get("content");
            assertThat(content).as(status).containsOnlyKeys("application/problem+json");
            assertThat(
                    ((Map<String, Object>)
                            ((Map<String, Object>) content.get("application/problem+json"))
                                .get("schema"))
                        .get("$ref"))
                .as(status)
                .isEqualTo("#/components/schemas/Problem");
            errors++;
          }
        }
        operations++;
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(20);
    assertThat(errors).isGreaterThan(operations * 3);
    assertThat(doc.getMap("components.schemas.Problem.properties"))
        .containsKeys("type", "title", "status", "detail", "instance", "requestId", "errors");
    // the changes of a pregnancy's own state name the version read
    for (String path :
        List.of("/api/v1/pregnancies/{id}/delivery", "/api/v1/pregnancies/{id}/risk-factors")) {
      Map<String, Object> post = doc.getMap("paths.'" + path + "'.post");
      assertThat((Map<String, Object>) post.get("responses")).as(path).containsKeys("412", "428");
      assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class))
          .as(path)
          .contains("If-Match");
    }
    // a route-specific description where it says more: the rules a 422 may name
    assertThat(
            doc.getString(
                "paths.'/api/v1/children/{id}/immunizations'.post.responses.'422'.description"))
        .contains("dose-before-minimum-age", "dose-after-maximum-age");
  }
}

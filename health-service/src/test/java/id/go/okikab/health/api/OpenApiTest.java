package id.go.okikab.health.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /q/openapi documents every status each KIA operation can answer. */
@QuarkusTest
class OpenApiTest {

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsStatuses() {
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
        operations++;
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(20);
    assertThat(doc.getMap("components.responses"))
        .containsKeys(
            "BadRequest",
            "Unauthorized",
            "Forbidden",
            "NotFound",
            "Conflict",
            "DomainRuleViolated");
  }
}

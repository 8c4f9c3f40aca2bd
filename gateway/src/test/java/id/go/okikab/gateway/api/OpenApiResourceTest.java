package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.gateway.proxy.EchoBackend;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The merged OpenAPI document of the gateway and every routed service. */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class OpenApiResourceTest {

  @Test
  void oneOpenApiDocumentCoversTheGatewayAndTheRoutedPathsOfEachService() {
    JsonPath doc =
        given().when().get("/api/v1/openapi").then().statusCode(200).extract().jsonPath();
    assertThat(doc.getString("info.title")).isEqualTo("OKI Smart Regency Platform API");
    assertThat(doc.getMap("paths"))
        .containsKeys("/api/v1/echo/things", "/api/v1/me/overview", "/api/v1/me/timeline");
    assertThat(doc.getMap("paths")).doesNotContainKey("/api/v1/unrouted/x");
    assertThat(doc.getString("paths.'/api/v1/echo/things'.x-oki-service")).isEqualTo("echo");
    // echo's Cell differs from the gateway's (dashboard): renamed, and its reference follows
    assertThat(doc.getMap("components.schemas")).containsKeys("Cell", "echo_Cell");
    assertThat(
            doc.getString(
                "paths.'/api/v1/echo/things'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/echo_Cell");
    assertThat(doc.getList("info.x-oki-unavailable", String.class))
        .contains("gone")
        .doesNotContain("echo");
  }

  @Test
  void aServicesPathUnderATwoSegmentPrefixIsInTheDocumentBesideTheGatewaysOwn() {
    JsonPath doc =
        given().when().get("/api/v1/openapi").then().statusCode(200).extract().jsonPath();
    // owned by echo under the prefix verifications/echo, as POST verifications/residents is owned
    // by the civil registry: the longest prefix of the routing table decides, not the first segment
    assertThat(doc.getMap("paths")).containsKey("/api/v1/verifications/echo");
    assertThat(doc.getString("paths.'/api/v1/verifications/echo'.x-oki-service")).isEqualTo("echo");
    assertThat(doc.getString("paths.'/api/v1/verifications/echo'.post.summary"))
        .isEqualTo("verify at echo");
    // the gateway's own /verifications/{code} stays the gateway's, whatever a service documents
    assertThat(doc.getString("paths.'/api/v1/verifications/{code}'.get.summary"))
        .isEqualTo("Verify a document by the code printed on it (no login)");
    assertThat(doc.getString("paths.'/api/v1/verifications/{code}'.x-oki-service")).isNull();
    assertThat(doc.getMap("paths"))
        .containsKeys("/api/v1/echo/things/{id}", "/api/v1/echo/things/mine");
  }
}

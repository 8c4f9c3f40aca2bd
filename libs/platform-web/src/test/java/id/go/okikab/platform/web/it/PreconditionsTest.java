package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreconditionsTest {

  private static ExtractableResponse<Response> rename(String id, String ifMatch, String name) {
    var request =
        given()
            .auth()
            .oauth2(Fixtures.officer())
            .contentType(ContentType.JSON)
            .body("{\"name\": \"" + name + "\"}");
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.when().put("/api/v1/things/" + id).then().extract();
  }

  @Test
  void createAndReadCarryTheVersionAsETag() {
    ExtractableResponse<Response> created = Fixtures.createThing(Fixtures.uniqueCode());
    org.junit.jupiter.api.Assertions.assertEquals("\"0\"", created.header("ETag"));
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .get("/api/v1/things/" + created.path("id"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
  }

  @Test
  void missingIfMatchIsPreconditionRequired() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    ExtractableResponse<Response> response = rename(id, null, "Baru");
    org.junit.jupiter.api.Assertions.assertEquals(428, response.statusCode());
    org.junit.jupiter.api.Assertions.assertEquals(Fixtures.PROBLEM_JSON, response.contentType());
    org.junit.jupiter.api.Assertions.assertEquals(
        Fixtures.TYPE + "precondition-required", response.path("type"));
    org.junit.jupiter.api.Assertions.assertEquals(
        428, rename(id, "*", "Baru").statusCode(), "'*' names no version");
  }

  @Test
  void staleIfMatchIsPreconditionFailedAndNothingChanges() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    rename(id, "\"0\"", "Pertama").response().then().statusCode(200).header("ETag", "\"1\"");

    rename(id, "\"0\"", "Tertimpa")
        .response()
        .then()
        .statusCode(412)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "precondition-failed"));
    rename(id, "W/\"1\"", "Lemah").response().then().statusCode(412);

    given()
        .auth()
        .oauth2(Fixtures.officer())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .body("name", equalTo("Pertama"))
        .header("ETag", "\"1\"");
  }

  @Test
  void currentIfMatchUpdatesAndReturnsTheNewETag() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    rename(id, "\"7\", \"0\"", "Satu")
        .response()
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Satu"))
        .body("version", equalTo(1));
    rename(id, "\"1\"", "Dua").response().then().statusCode(200).header("ETag", "\"2\"");
  }
}

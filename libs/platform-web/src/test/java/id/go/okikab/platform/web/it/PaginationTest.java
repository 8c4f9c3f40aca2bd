package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaginationTest {

  @Test
  void pagesWithTotals() {
    String prefix = "P-" + UUID.randomUUID() + "-";
    for (int i = 0; i < 5; i++) {
      Fixtures.createThing(prefix + i);
    }
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("codePrefix", prefix)
        .queryParam("page", 1)
        .queryParam("size", 2)
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(200)
        .body("items.code", contains(prefix + 2, prefix + 3))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(3));
  }

  @Test
  void defaultsArePageZeroSizeTwenty() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("codePrefix", "none-" + UUID.randomUUID())
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("page", equalTo(0))
        .body("size", equalTo(20))
        .body("totalItems", equalTo(0))
        .body("totalPages", equalTo(0));
  }

  @Test
  void sizeAboveMaximumIsRejected() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("size", 500)
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "validation"))
        .body("errors.field", contains("size"));
  }

  @Test
  void negativePageAndZeroSizeAreRejected() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("page", -1)
        .queryParam("size", 0)
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(400)
        .body("errors.field", contains("page", "size"));
  }

  @Test
  void nonNumericSizeIsABadRequest() {
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("size", "lots")
        .when()
        .get("/api/v1/things")
        .then()
        .statusCode(400)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "malformed-request"));
  }

  @Test
  void pageRequestOfChecksBounds() {
    Assertions.assertEquals(100, PageRequest.of(3, 100).size());
    ValidationProblem problem =
        Assertions.assertThrows(ValidationProblem.class, () -> PageRequest.of(0, 101));
    Assertions.assertEquals("size", problem.errors().get(0).field());
  }
}

package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own endpoints refuse parameters they cannot answer truthfully (400 naming the
 * parameter) and never answer a request with a 500.
 */
@QuarkusTest
class QueryValidationTest {

  private static String operator() {
    return TestTokens.user("kominfo1").roles("operator").mint();
  }

  private static void dashboardRefuses(String field, String... query) {
    var request = given().auth().oauth2(operator());
    for (int i = 0; i < query.length; i += 2) {
      request.queryParam(query[i], query[i + 1]);
    }
    request
        .when()
        .get("/api/v1/dashboard")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okikab.go.id/problems/validation"))
        .body("errors.field", hasItem(field));
  }

  @Test
  void theDashboardRefusesAReversedPeriodAYearOutOfRangeAndAnUnknownKecamatan() {
    dashboardRefuses("from", "from", "2026-06", "to", "2026-01");
    dashboardRefuses("from", "from", "0000-01");
    dashboardRefuses("from", "from", "1899-12");
    dashboardRefuses("to", "to", "0000-01");
    dashboardRefuses("to", "to", "2101-01");
    dashboardRefuses("kecamatan", "kecamatan", "160299");
    dashboardRefuses("kecamatan", "kecamatan", "160201"); // a gap in the numbering
    dashboardRefuses("kecamatan", "kecamatan", "320101"); // not in Ogan Komering Ilir
  }

  @Test
  void theDashboardAnswersValidQueries() {
    String[][] queries = {
      {"from", "2026-01", "to", "2026-06", "kecamatan", "160205"},
      {"from", "2026-06", "to", "2026-06"},
      {"from", "1900-01", "to", "2100-12"},
      {"kecamatan", "160224"},
      {}
    };
    for (String[] query : queries) {
      var request = given().auth().oauth2(operator());
      for (int i = 0; i < query.length; i += 2) {
        request.queryParam(query[i], query[i + 1]);
      }
      request.when().get("/api/v1/dashboard").then().statusCode(200);
    }
  }

  @Test
  void theLiveFeedRefusesUncataloguedTopicsAndTypes() {
    given()
        .auth()
        .oauth2(operator())
        .queryParam("topic", "nope")
        .when()
        .get("/api/v1/events/stream")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("topic"));
    given()
        .auth()
        .oauth2(operator())
        .queryParam("topic", "civil-registry.birth.v1")
        .queryParam("type", "NoSuchEvent")
        .when()
        .get("/api/v1/events/stream")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("type"));
    given()
        .auth()
        .oauth2(operator())
        .queryParam("topic", "civil-registry.birth.v1.dlq")
        .when()
        .get("/api/v1/events/stream")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("topic"));
  }

  @Test
  void theLiveFeedAcceptsCataloguedTopicsEventNamesAndCeTypes() throws Exception {
    for (String query :
        new String[] {
          "?topic=civil-registry.birth.v1&type=BirthRegistered",
          "?type=id.go.okikab.civil-registry.BirthRegistered.v1",
          "?topic=civil-registry.birth.v1&topic=health.pregnancy.v1",
          ""
        }) {
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(
                          URI.create(
                              RestAssured.baseURI
                                  + ":"
                                  + RestAssured.port
                                  + "/api/v1/events/stream"
                                  + query))
                      .header("Authorization", "Bearer " + operator())
                      .header("Accept", "text/event-stream")
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream())
              .get(20, TimeUnit.SECONDS);
      try (InputStream body = response.body()) {
        assertThat(response.statusCode()).as(query).isEqualTo(200);
      }
    }
  }

  @Test
  void aHugeTimelinePageIsNeverA500() {
    String citizen = TestTokens.citizen("warga1", "1602055708900001").mint();
    for (String page : new String[] {"1000000000", "2147483647", "107374183", "21474837"}) {
      for (int size : new int[] {20, 100}) { // 20 is the default
        Response response =
            given()
                .auth()
                .oauth2(citizen)
                .queryParam("page", page)
                .queryParam("size", size)
                .when()
                .get("/api/v1/me/timeline");
        String what = "page " + page + ", size " + size;
        assertThat(response.statusCode()).as(what).isNotEqualTo(500);
        if (response.statusCode() >= 400) { // once PageRequest bounds the page
          assertThat(response.statusCode()).as(what).isLessThan(500);
          assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        } else {
          assertThat(response.statusCode()).as(what).isEqualTo(200);
          assertThat(response.jsonPath().getList("items")).as(what).isEmpty();
        }
      }
    }
    // the query string the issue reported, with the default size
    Response reported =
        given().auth().oauth2(citizen).when().get("/api/v1/me/timeline?page=1000000000");
    assertThat(reported.statusCode()).isNotEqualTo(500);
    if (reported.statusCode() >= 400) {
      assertThat(reported.contentType()).startsWith("application/problem+json");
    }
  }
}

package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

  @Inject AgroalDataSource dataSource;

  private static ExtractableResponse<Response> post(String token, String key, String body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/api/v1/things").then().extract();
  }

  @Test
  void sameKeyTwiceActsOnceAndReplaysTheFirstResponse() throws SQLException {
    String code = Fixtures.uniqueCode();
    String key = UUID.randomUUID().toString();
    ExtractableResponse<Response> first = post(Fixtures.citizen(), key, Fixtures.thingJson(code));
    ExtractableResponse<Response> second = post(Fixtures.citizen(), key, Fixtures.thingJson(code));

    assertEquals(201, first.statusCode());
    assertEquals(201, second.statusCode());
    assertEquals(first.asString(), second.asString());
    assertEquals(first.header("Location"), second.header("Location"));
    assertEquals(first.header("ETag"), second.header("ETag"));
    assertEquals(first.contentType(), second.contentType());
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", second.header("Idempotent-Replayed"));
    assertEquals(1, countThings(code));
    assertEquals(1, countKeys(key));
  }

  @Test
  void jsonFormattingDoesNotMakeADifferentRequest() {
    String code = Fixtures.uniqueCode();
    String key = UUID.randomUUID().toString();
    post(Fixtures.citizen(), key, Fixtures.thingJson(code)).response().then().statusCode(201);
    String reordered =
        """
        {"address":{"desaCode":"1602052001"},"birthDate":"1990-08-17","name":"Rumah Warga",
         "code":"%s"}
        """
            .formatted(code);
    post(Fixtures.citizen(), key, reordered)
        .response()
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
  }

  @Test
  void sameKeyWithADifferentBodyIsRejected() throws SQLException {
    String code = Fixtures.uniqueCode();
    String key = UUID.randomUUID().toString();
    post(Fixtures.citizen(), key, Fixtures.thingJson(code)).response().then().statusCode(201);
    post(Fixtures.citizen(), key, Fixtures.thingJson(Fixtures.uniqueCode()))
        .response()
        .then()
        .statusCode(422)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "idempotency-key-reused"));
    assertEquals(1, countThings(code));
  }

  @Test
  void keysAreScopedPerCaller() throws SQLException {
    String key = UUID.randomUUID().toString();
    String mine = Fixtures.uniqueCode();
    String theirs = Fixtures.uniqueCode();
    post(Fixtures.citizen(), key, Fixtures.thingJson(mine)).response().then().statusCode(201);
    post(Fixtures.otherCitizen(), key, Fixtures.thingJson(theirs))
        .response()
        .then()
        .statusCode(201);
    assertEquals(1, countThings(mine));
    assertEquals(1, countThings(theirs));
    assertEquals(2, countKeys(key));
  }

  @Test
  void concurrentRequestsWithOneKeyActOnceAndAnswerAlike() throws Exception {
    String code = Fixtures.uniqueCode();
    String key = UUID.randomUUID().toString();
    String body = Fixtures.thingJson(code, ", \"sleepMillis\": 1500");
    String token = Fixtures.citizen();
    List<CompletableFuture<ExtractableResponse<Response>>> calls =
        List.of(
            CompletableFuture.supplyAsync(() -> post(token, key, body)),
            CompletableFuture.supplyAsync(() -> post(token, key, body)));
    ExtractableResponse<Response> a = calls.get(0).get(30, TimeUnit.SECONDS);
    ExtractableResponse<Response> b = calls.get(1).get(30, TimeUnit.SECONDS);

    assertEquals(201, a.statusCode());
    assertEquals(201, b.statusCode());
    assertEquals(a.asString(), b.asString());
    assertEquals(a.header("Location"), b.header("Location"));
    assertEquals(a.header("ETag"), b.header("ETag"));
    assertEquals(
        List.of("true"),
        java.util.stream.Stream.of(a, b)
            .map(r -> r.header("Idempotent-Replayed"))
            .filter(java.util.Objects::nonNull)
            .toList(),
        "one acted, the other was answered from the stored response");
    assertEquals(1, countThings(code));
    assertEquals(1, countKeys(key));
  }

  @Test
  void aFailedRequestLeavesNoKeySoTheRetryActs() throws SQLException {
    String code = Fixtures.uniqueCode();
    String key = UUID.randomUUID().toString();
    String body = Fixtures.thingJson(code, ", \"failOnce\": true");
    post(Fixtures.citizen(), key, body).response().then().statusCode(500);
    assertEquals(0, countKeys(key));
    assertEquals(0, countThings(code));

    post(Fixtures.citizen(), key, body).response().then().statusCode(201);
    post(Fixtures.citizen(), key, body)
        .response()
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
    assertEquals(1, countThings(code));
  }

  @Test
  void malformedKeysAreRejected() {
    for (String bad : new String[] {"has space", "k".repeat(101), "tab\tkey"}) {
      post(Fixtures.citizen(), bad, Fixtures.thingJson(Fixtures.uniqueCode()))
          .response()
          .then()
          .statusCode(400)
          .contentType(Fixtures.PROBLEM_JSON)
          .body("errors.field", contains("Idempotency-Key"));
    }
  }

  @Test
  void withoutAKeyEveryRequestActs() throws SQLException {
    String prefix = Fixtures.uniqueCode();
    post(Fixtures.citizen(), null, Fixtures.thingJson(prefix + "a"))
        .response()
        .then()
        .statusCode(201);
    post(Fixtures.citizen(), null, Fixtures.thingJson(prefix + "b"))
        .response()
        .then()
        .statusCode(201);
    assertEquals(1, countThings(prefix + "a"));
    assertEquals(1, countThings(prefix + "b"));
  }

  @Test
  void anExpiredKeyIsUsedAfresh() throws SQLException {
    String key = UUID.randomUUID().toString();
    String caller = UUID.nameUUIDFromBytes("warga1".getBytes(StandardCharsets.UTF_8)).toString();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO idempotency_key (caller, http_method, path, idem_key, fingerprint,"
                    + " created_at, expires_at, response_status, response_body)"
                    + " VALUES (?, 'POST', '/api/v1/things', ?, 'old', now() - interval '2 days',"
                    + " now() - interval '1 day', 201, '{}')")) {
      insert.setString(1, caller);
      insert.setString(2, key);
      insert.executeUpdate();
    }
    String code = Fixtures.uniqueCode();
    post(Fixtures.citizen(), key, Fixtures.thingJson(code)).response().then().statusCode(201);
    assertEquals(1, countThings(code));
  }

  @Test
  void actingPostsWithoutBodyAreIdempotentToo() {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(Fixtures.officer())
          .header("Idempotency-Key", key)
          .when()
          .post("/api/v1/things/" + id + "/approval")
          .then()
          .statusCode(200)
          .body("status", equalTo("approved"));
    }
  }

  private long countThings(String code) throws SQLException {
    return count("SELECT count(*) FROM test_thing WHERE code = ?", code);
  }

  private long countKeys(String key) throws SQLException {
    return count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key);
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}

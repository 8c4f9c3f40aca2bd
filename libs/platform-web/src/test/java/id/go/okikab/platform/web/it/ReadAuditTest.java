package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.okikab.platform.events.SubjectRefs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadAuditTest {

  @Inject AgroalDataSource dataSource;
  @Inject SubjectRefs subjectRefs;

  @Test
  void readIsRecordedWithWhoWhatWhoseWhyAndRequestId() throws SQLException {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .header("X-Request-Id", "audit-" + id)
        .header("X-Access-Purpose", "verification")
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(200);

    List<Map<String, String>> rows = rows(id);
    assertEquals(1, rows.size());
    Map<String, String> row = rows.get(0);
    assertEquals("thing", row.get("resource_type"));
    assertEquals(subjectRefs.of(Fixtures.NIK), row.get("subject_ref"));
    assertEquals("petugas1", row.get("actor_username"));
    assertEquals("registry-officer", row.get("actor_roles"));
    assertEquals("oki-web", row.get("actor_client_id"));
    assertEquals("verification", row.get("purpose"));
    assertEquals("audit-" + id, row.get("request_id"));
    assertTrue(row.get("actor_subject") != null && !row.get("actor_subject").isBlank());
  }

  @Test
  void defaultPurposeWithoutHeader() throws SQLException {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(200);
    assertEquals("registration", rows(id).get(0).get("purpose"));
    assertEquals("warga1", rows(id).get(0).get("actor_username"));
  }

  @Test
  void malformedPurposeIsRejectedAndNothingRecorded() throws SQLException {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .header("X-Access-Purpose", "Just Curious!")
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(400)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("errors.field", contains("X-Access-Purpose"));
    assertEquals(0, rows(id).size());
  }

  @Test
  void forbiddenReadIsNotRecorded() throws SQLException {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given()
        .auth()
        .oauth2(Fixtures.otherCitizen())
        .when()
        .get("/api/v1/things/" + id)
        .then()
        .statusCode(403);
    assertEquals(0, rows(id).size());
  }

  @Test
  void officersQueryBySubjectAndResourceNewestFirst() {
    String first = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    String second = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    for (String id : List.of(first, second, second)) {
      given().auth().oauth2(Fixtures.officer()).get("/api/v1/things/" + id).then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("resourceId", second)
        .when()
        .get("/api/v1/things/read-audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.resourceId", contains(second, second))
        .body("items[0].actorRoles", contains("registry-officer"));
    given()
        .auth()
        .oauth2(Fixtures.officer())
        .queryParam("subjectRef", subjectRefs.of(Fixtures.NIK))
        .queryParam("size", 1)
        .when()
        .get("/api/v1/things/read-audit")
        .then()
        .statusCode(200)
        .body("items.resourceId", contains(second))
        .body("size", equalTo(1));
  }

  @Test
  void trailIsAppendOnly() throws SQLException {
    String id = Fixtures.createThing(Fixtures.uniqueCode()).path("id");
    given().auth().oauth2(Fixtures.officer()).get("/api/v1/things/" + id).then().statusCode(200);
    try (Connection connection = dataSource.getConnection()) {
      for (String sql :
          List.of(
              "UPDATE read_audit SET purpose = 'x' WHERE resource_id = ?",
              "DELETE FROM read_audit WHERE resource_id = ?")) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setString(1, id);
          SQLException refused = assertThrows(SQLException.class, statement::executeUpdate);
          assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
      }
    }
    assertEquals(1, rows(id).size());
  }

  private List<Map<String, String>> rows(String resourceId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT * FROM read_audit WHERE resource_type = 'thing' AND resource_id = ?"
                    + " ORDER BY occurred_at")) {
      statement.setString(1, resourceId);
      List<Map<String, String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Map<String, String> row = new java.util.HashMap<>();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            row.put(result.getMetaData().getColumnName(i), result.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}

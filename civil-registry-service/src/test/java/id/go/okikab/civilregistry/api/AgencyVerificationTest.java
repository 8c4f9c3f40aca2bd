package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Person;
import id.go.okikab.platform.domain.Sex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agency verification: match / no match only, every question audited. */
@QuarkusTest
class AgencyVerificationTest {

  @Inject EntityManager entityManager;

  static Map<String, Object> question(String nik, String name, LocalDate born) {
    return Map.of("nik", nik, "fullName", name, "birthDate", born.toString());
  }

  @Test
  void matchOrNoMatchNothingMoreAndEveryQuestionIsAudited() {
    Person person = Fixtures.adult(Sex.FEMALE);
    String path = "/api/v1/verifications/residents";
    as(Fixtures.agency())
        .body(question(person.nik(), person.name().toLowerCase() + " ", person.birthDate()))
        .post(path)
        .then()
        .statusCode(200)
        .body("match", equalTo(true))
        .body("size()", equalTo(1));
    as(Fixtures.agency())
        .body(question(person.nik(), "Orang Lain", person.birthDate()))
        .post(path)
        .then()
        .statusCode(200)
        .body("match", equalTo(false))
        .body("size()", equalTo(1));
    as(Fixtures.agency())
        .body(question(person.nik(), person.name(), person.birthDate().plusDays(1)))
        .post(path)
        .then()
        .statusCode(200)
        .body("match", equalTo(false));
    String unknown = Fixtures.nik(Sex.MALE, LocalDate.of(1970, 1, 1));
    as(Fixtures.agency())
        .body(question(unknown, "Siapa Saja", LocalDate.of(1970, 1, 1)))
        .header("X-Access-Purpose", "bansos")
        .post(path)
        .then()
        .statusCode(200)
        .body("match", equalTo(false));

    List<String> audited = audits(person.id());
    assertThat(audited)
        .hasSize(3)
        .allMatch(row -> row.equals("agency-verification|agency-verifier"));
    assertThat(audits("none")).contains("bansos|agency-verifier");
  }

  @Test
  void onlyAgencyClientsAsk() {
    Person person = Fixtures.adult(Sex.MALE);
    Map<String, Object> body = question(person.nik(), person.name(), person.birthDate());
    String path = "/api/v1/verifications/residents";
    given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
    as(Fixtures.officer()).body(body).post(path).then().statusCode(403);
    as(person.token()).body(body).post(path).then().statusCode(403);
    as(Fixtures.agency())
        .body(Map.of("nik", "1", "fullName", ""))
        .post(path)
        .then()
        .statusCode(400);
  }

  @Test
  void aDeceasedResidentDoesNotMatch() {
    Person person = Fixtures.adult(Sex.MALE);
    String id =
        as(Fixtures.officer())
            .body(
                Map.of(
                    "residentId",
                    person.id(),
                    "dateOfDeath",
                    LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString(),
                    "placeOfDeath",
                    "Rumah",
                    "statementIssuer",
                    "DESA"))
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.verifyAndApprove("/api/v1/death-registrations/" + id);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag("/api/v1/death-registrations/" + id))
        .post("/api/v1/death-registrations/" + id + "/registration")
        .then()
        .statusCode(200);
    as(Fixtures.agency())
        .body(question(person.nik(), person.name(), person.birthDate()))
        .post("/api/v1/verifications/residents")
        .then()
        .statusCode(200)
        .body("match", equalTo(false));
  }

  List<String> audits(String residentId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT purpose || '|' || actor_client_id FROM read_audit"
                            + " WHERE resource_type = 'resident-verification' AND resource_id = ?1",
                        String.class)
                    .setParameter(1, residentId)
                    .getResultList());
  }
}

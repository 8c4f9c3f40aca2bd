package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.KIJANG_ULU;
import static id.go.okikab.civilregistry.Fixtures.PROBLEM_JSON;
import static id.go.okikab.civilregistry.Fixtures.TYPE;
import static id.go.okikab.civilregistry.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Person;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /api/v1/residents on real PostgreSQL and Kafka. */
@QuarkusTest
class ResidentsTest {

  @Inject EntityManager entityManager;

  static final LocalDate BORN = LocalDate.of(1990, 8, 17);

  @Test
  void anOfficerRegistersAResidentAndTheEventCarriesOnlyIdsAndCodes() {
    String nik = Fixtures.nik(Sex.FEMALE, BORN);
    String name = Fixtures.name();
    var created =
        as(Fixtures.officer())
            .body(Fixtures.person(nik, name, Sex.FEMALE, BORN, "16.02.05.2011"))
            .post("/api/v1/residents")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/residents/"))
            .header("ETag", "\"0\"")
            .body("nik", equalTo(nik))
            .body("fullName", equalTo(name))
            .body("sex", equalTo("FEMALE"))
            .body("religion.code", equalTo("1"))
            .body("religion.label", equalTo("Islam"))
            .body("address.desaCode", equalTo(KIJANG_ULU))
            .body("address.desaName", equalTo("Kijang Ulu"))
            .body("address.kecamatanName", equalTo("Kayu Agung"))
            .body("status", equalTo("ALIVE"))
            .body("origin", equalTo("REGISTRATION"))
            .extract();
    String id = created.path("id");
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      ConsumerRecord<String, String> event =
          probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
      assertThat(TopicProbe.header(event, "ce_type"))
          .isEqualTo("id.go.okikab.civil-registry.ResidentRegistered.v1");
      assertThat(event.value())
          .contains("\"origin\":\"REGISTRATION\"")
          .contains("\"desaCode\":\"" + KIJANG_ULU + "\"")
          .contains("\"subjectRef\":\"")
          .doesNotContain(nik)
          .doesNotContain(name);
    }
  }

  @Test
  void aKecamatanOutsideTheCurrentListIsAWarningNotARejection() {
    // 16.02.01 is no longer a kecamatan of OKI: a NIK keeps the code of its first registration
    String nik = Fixtures.nik("160201", Sex.MALE, LocalDate.of(1970, 3, 3));
    as(Fixtures.officer())
        .body(Fixtures.person(nik, Fixtures.name(), Sex.MALE, LocalDate.of(1970, 3, 3), KIJANG_ULU))
        .post("/api/v1/residents")
        .then()
        .statusCode(201)
        .body("warnings.code", contains("nik-kecamatan-unknown"))
        .body("warnings[0].field", equalTo("nik"));
  }

  @Test
  void aNikFromAProvinceWithoutRegencyListIsAcceptedWithWarnings() {
    String nik = Fixtures.nik("327301", Sex.MALE, LocalDate.of(1980, 5, 6)); // Kota Bandung
    as(Fixtures.officer())
        .body(Fixtures.person(nik, Fixtures.name(), Sex.MALE, LocalDate.of(1980, 5, 6), KIJANG_ULU))
        .post("/api/v1/residents")
        .then()
        .statusCode(201)
        .body("warnings.code", contains("nik-regency-not-verified", "nik-kecamatan-not-verified"));
  }

  @ParameterizedTest(name = "{0}: {1} on {2}")
  @CsvSource({
    "1602053202900001, nik-day-invalid, nik",
    "1602057202900001, nik-day-invalid, nik",
    "1602051513900001, nik-month-invalid, nik",
    "1602052902010002, nik-date-invalid, nik",
    "1602050101000000, nik-serial-invalid, nik",
    "9902050101900001, nik-province-unknown, nik",
    "1699050101900001, nik-regency-unknown, nik",
    "1670050101900001, nik-regency-unknown, nik",
    "1602050101900001, nik-birth-date-mismatch, birthDate",
    "1602054101900001, nik-sex-mismatch, sex",
  })
  void nikRulesAreRefusedNamingFieldAndRule(String nik, String rule, String field) {
    // the person: a man born 1990-01-02 (so 1602050101900001 disagrees on the date)
    as(Fixtures.officer())
        .body(Fixtures.person(nik, Fixtures.name(), Sex.MALE, LocalDate.of(1990, 1, 2), KIJANG_ULU))
        .post("/api/v1/residents")
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + rule))
        .body("errors[0].field", equalTo(field))
        .body("detail", not(containsString(nik)));
  }

  @Test
  void badInputIsA400NamingEveryField() {
    Map<String, Object> body = Fixtures.person("160205010190001", "", Sex.MALE, BORN, "1602");
    body.put("religion", "x");
    body.put("birthDate", "2999-01-01");
    as(Fixtures.officer())
        .body(body)
        .post("/api/v1/residents")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "validation"))
        .body("errors.field", hasItem("nik"))
        .body("errors.field", hasItem("fullName"))
        .body("errors.field", hasItem("religion"))
        .body("errors.field", hasItem("birthDate"))
        .body("errors.field", hasItem("address.desaCode"));
  }

  @Test
  void unknownCodesAndDesaAreDomainRules() {
    String nik = Fixtures.nik(Sex.MALE, BORN);
    Map<String, Object> body = Fixtures.person(nik, Fixtures.name(), Sex.MALE, BORN, KIJANG_ULU);
    body.put("religion", "8");
    as(Fixtures.officer())
        .body(body)
        .post("/api/v1/residents")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "religion-unknown"))
        .body("errors[0].field", equalTo("religion"));
    Map<String, Object> elsewhere =
        Fixtures.person(nik, Fixtures.name(), Sex.MALE, BORN, "1602059999");
    as(Fixtures.officer())
        .body(elsewhere)
        .post("/api/v1/residents")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "desa-unknown"))
        .body("errors[0].field", equalTo("address.desaCode"));
    Map<String, Object> palembang =
        Fixtures.person(nik, Fixtures.name(), Sex.MALE, BORN, "1671011001");
    as(Fixtures.officer())
        .body(palembang)
        .post("/api/v1/residents")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "desa-unknown"));
  }

  @Test
  void aDuplicateNikIsAConflict() {
    Person person = Fixtures.adult(Sex.MALE);
    as(Fixtures.officer())
        .body(
            Fixtures.person(
                person.nik(), Fixtures.name(), Sex.MALE, person.birthDate(), KIJANG_ULU))
        .post("/api/v1/residents")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "conflict"))
        .body("detail", not(containsString(person.nik())));
  }

  @Test
  void onlyOfficersRegister() {
    String nik = Fixtures.nik(Sex.MALE, BORN);
    Map<String, Object> body = Fixtures.person(nik, Fixtures.name(), Sex.MALE, BORN, KIJANG_ULU);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/residents")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON);
    as(Fixtures.citizen(nik))
        .body(body)
        .post("/api/v1/residents")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPE + "forbidden"));
    as(Fixtures.healthOfficer()).body(body).post("/api/v1/residents").then().statusCode(403);
    as(Fixtures.admin()).body(body).post("/api/v1/residents").then().statusCode(403);
  }

  @Test
  void officerReadsAreAuditedAndCitizensReachOnlyTheirOwnRecord() {
    Person person = Fixtures.adult(Sex.FEMALE);
    Person other = Fixtures.adult(Sex.MALE);
    as(Fixtures.officer())
        .header("X-Access-Purpose", "complaint")
        .get("/api/v1/residents/" + person.id())
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("nik", equalTo(person.nik()));
    assertThat(audits("resident", person.id())).contains("complaint|dukcapil1");

    as(person.token())
        .get("/api/v1/residents/" + person.id())
        .then()
        .statusCode(200)
        .body("fullName", equalTo(person.name()));
    as(person.token())
        .get("/api/v1/residents/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(person.id()));
    as(person.token())
        .get("/api/v1/residents/" + other.id())
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON);
    as(Fixtures.healthOfficer()).get("/api/v1/residents/" + person.id()).then().statusCode(403);
    as(Fixtures.officer()).get("/api/v1/residents/" + Fixtures.uuid()).then().statusCode(404);
    as(Fixtures.officer()).get("/api/v1/residents/not-a-uuid").then().statusCode(400);
    given().get("/api/v1/residents/" + person.id()).then().statusCode(401);
    // a citizen's own reads are not officer reads: no audit row for them
    assertThat(audits("resident", person.id())).hasSize(1);
  }

  @Test
  void searchByNikByNameAndDateAndByRegion() {
    Person person = Fixtures.resident(Sex.FEMALE, LocalDate.of(1979, 4, 21), Fixtures.TEBING_SULUH);
    as(Fixtures.officer())
        .body(Map.of("nik", person.nik()))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(person.id()));
    String[] words = person.name().split(" ");
    as(Fixtures.officer())
        .body(Map.of("name", words[1].toLowerCase(), "birthDate", "1979-04-21"))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(person.id()));
    as(Fixtures.officer())
        .body(Map.of("name", words[1], "birthDate", "1979-04-22"))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(person.id())));
    as(Fixtures.officer())
        .body(Map.of("kecamatanCode", "16.02.13", "status", "ALIVE"))
        .queryParam("size", 100)
        .post("/api/v1/residents/search")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(person.id()));
    as(Fixtures.officer())
        .body(Map.of("desaCode", Fixtures.TEBING_SULUH))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(person.id()));
    assertThat(audits("resident", person.id())).contains("search|dukcapil1");
  }

  @Test
  void searchNeedsExactlyOneWayAndAValidPage() {
    as(Fixtures.officer())
        .body(Map.of())
        .post("/api/v1/residents/search")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
    as(Fixtures.officer())
        .body(Map.of("nik", "1602055708900001", "desaCode", KIJANG_ULU))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(400);
    as(Fixtures.officer())
        .body(Map.of("name", "Siti"))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(400)
        .body("errors.field", contains("birthDate"));
    as(Fixtures.officer())
        .body(Map.of("desaCode", KIJANG_ULU))
        .queryParam("size", 101)
        .post("/api/v1/residents/search")
        .then()
        .statusCode(400)
        .body("errors.field", contains("size"));
    as(Fixtures.citizen("1602055708900001"))
        .body(Map.of("desaCode", KIJANG_ULU))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(403);
  }

  @Test
  void healthOfficersLearnOnlyWhetherALivingResidentHasTheNik() {
    Person person = Fixtures.adult(Sex.FEMALE);
    as(Fixtures.healthOfficer())
        .body(Map.of("nik", person.nik()))
        .post("/api/v1/residents/existence")
        .then()
        .statusCode(200)
        .body("exists", equalTo(true))
        .body("size()", equalTo(1));
    as(Fixtures.healthOfficer())
        .body(Map.of("nik", Fixtures.nik(Sex.MALE, BORN)))
        .post("/api/v1/residents/existence")
        .then()
        .statusCode(200)
        .body("exists", equalTo(false));
    as(Fixtures.healthOfficer())
        .body(Map.of("nik", "123"))
        .post("/api/v1/residents/existence")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("nik"));
    as(person.token())
        .body(Map.of("nik", person.nik()))
        .post("/api/v1/residents/existence")
        .then()
        .statusCode(403);
    as(Fixtures.healthOfficer()).get("/api/v1/residents/" + person.id()).then().statusCode(403);
    assertThat(audits("resident-existence", person.id())).contains("existence-check|bidan1");
  }

  @Test
  void correctionsNeedIfMatchKeepTheOldValuesAndPublishFieldNamesOnly() {
    Person person = Fixtures.adult(Sex.FEMALE);
    String path = "/api/v1/residents/" + person.id() + "/corrections";
    Map<String, Object> body =
        Map.of(
            "changes", Map.of("birthPlace", "Palembang", "religion", "2"), "reason", "salah ketik");
    as(Fixtures.officer())
        .body(body)
        .post(path)
        .then()
        .statusCode(428)
        .body("type", equalTo(TYPE + "precondition-required"));
    as(Fixtures.officer())
        .header("If-Match", "\"99\"")
        .body(body)
        .post(path)
        .then()
        .statusCode(412);
    String etag = Fixtures.etag("/api/v1/residents/" + person.id());
    as(Fixtures.officer())
        .header("If-Match", etag)
        .body(body)
        .post(path)
        .then()
        .statusCode(200)
        .body("birthPlace", equalTo("Palembang"))
        .body("religion.label", equalTo("Kristen"))
        .header("ETag", not(equalTo(etag)));
    as(Fixtures.officer())
        .get(path)
        .then()
        .statusCode(200)
        .body("[0].oldValues.birthPlace", equalTo("Kayuagung"))
        .body("[0].newValues.religion", equalTo("2"))
        .body("[0].reason", equalTo("salah ketik"))
        .body("[0].officer", equalTo(Fixtures.OFFICER_ID));
    try (TopicProbe probe = TopicProbe.of("civil-registry.resident.v1")) {
      ConsumerRecord<String, String> event =
          probe
              .await(
                  r -> person.id().equals(r.key()) && r.value().contains("correctedFields"),
                  1,
                  Duration.ofSeconds(30))
              .get(0);
      assertThat(event.value())
          .contains("birthPlace")
          .contains("religion")
          .doesNotContain("Palembang");
    }
  }

  @Test
  void correctionsMustStillAgreeWithTheNikAndNameRealFields() {
    Person person = Fixtures.adult(Sex.FEMALE);
    String path = "/api/v1/residents/" + person.id() + "/corrections";
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag("/api/v1/residents/" + person.id()))
        .body(Map.of("changes", Map.of("sex", "MALE"), "reason", "x"))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "nik-sex-mismatch"))
        .body("errors[0].field", equalTo("changes.sex"));
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag("/api/v1/residents/" + person.id()))
        .body(
            Map.of(
                "changes",
                Map.of("nik", "1602055708900001", "desaCode", "1602052012"),
                "reason",
                "x"))
        .post(path)
        .then()
        .statusCode(400)
        .body("errors.field", contains("changes.desaCode", "changes.nik"));
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag("/api/v1/residents/" + person.id()))
        .body(Map.of("changes", Map.of("birthPlace", "Kayuagung"), "reason", "x"))
        .post(path)
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "nothing-to-correct"));
    as(person.token())
        .header("If-Match", "\"0\"")
        .body(Map.of("changes", Map.of("birthPlace", "Jakarta"), "reason", "x"))
        .post(path)
        .then()
        .statusCode(403);
  }

  @Test
  void aPossibleDuplicatePersonIsHeldForReviewNotCreated() {
    Person mother = Fixtures.adult(Sex.FEMALE);
    LocalDate born = LocalDate.of(2003, 2, 14);
    String name = Fixtures.name();
    Map<String, Object> first =
        Fixtures.person(Fixtures.nik(Sex.MALE, born), name, Sex.MALE, born, KIJANG_ULU);
    first.put("mother", Map.of("nik", mother.nik(), "name", mother.name()));
    as(Fixtures.officer()).body(first).post("/api/v1/residents").then().statusCode(201);

    Map<String, Object> second = new HashMap<>(first);
    String secondNik = Fixtures.nik(Sex.MALE, born);
    second.put("nik", secondNik);
    second.put("fullName", name.toUpperCase());
    String reviewId =
        as(Fixtures.officer())
            .body(second)
            .post("/api/v1/residents")
            .then()
            .statusCode(202)
            .header("Location", containsString("/api/v1/resident-reviews/"))
            .body("candidateIds.size()", equalTo(1))
            .extract()
            .path("reviewId");
    as(Fixtures.officer())
        .body(Map.of("nik", secondNik))
        .post("/api/v1/residents/search")
        .then()
        .body("totalItems", equalTo(0));
    as(Fixtures.officer()).body(second).post("/api/v1/residents").then().statusCode(409);
    as(Fixtures.officer())
        .get("/api/v1/resident-reviews")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(reviewId));
    String review = "/api/v1/resident-reviews/" + reviewId;
    as(Fixtures.officer())
        .body(Map.of("decision", "REGISTER", "reason", "kembar: dua orang berbeda"))
        .post(review + "/decision")
        .then()
        .statusCode(428);
    as(Fixtures.officer())
        .header("If-Match", "\"7\"")
        .body(Map.of("decision", "REGISTER", "reason", "kembar: dua orang berbeda"))
        .post(review + "/decision")
        .then()
        .statusCode(412);
    as(Fixtures.officer())
        .get(review)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("version", equalTo(0));
    as(Fixtures.officer())
        .body(Map.of("decision", "REGISTER", "reason", "kembar: dua orang berbeda"))
        .header("If-Match", Fixtures.etag("/api/v1/resident-reviews/" + reviewId))
        .post("/api/v1/resident-reviews/" + reviewId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("REGISTERED"))
        .body("residentId", notNullValue())
        .body("decidedBy", equalTo(Fixtures.OFFICER_ID));
    as(Fixtures.officer())
        .body(Map.of("nik", secondNik))
        .post("/api/v1/residents/search")
        .then()
        .body("totalItems", equalTo(1));
    as(Fixtures.officer())
        .body(Map.of("decision", "REJECT", "reason", "again"))
        .header("If-Match", Fixtures.etag("/api/v1/resident-reviews/" + reviewId))
        .post("/api/v1/resident-reviews/" + reviewId + "/decision")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "review-decided"));
  }

  @Test
  void aReviewStoresTheRegistrationAsTypedJsonAndReadsTheRowsWrittenBeforeIt() {
    LocalDate born = LocalDate.of(2001, 8, 17);
    String nik = Fixtures.nik(Sex.FEMALE, born);
    String name = Fixtures.name();
    String reviewId = UUID.randomUUID().toString();
    // the shape issue 10's predecessor stored (the request as a Map, dates as text)
    String held =
        "{\"nik\":\""
            + nik
            + "\",\"fullName\":\""
            + name
            + "\",\"sex\":\"FEMALE\",\"birthDate\":\"2001-08-17\",\"birthPlace\":\"Kayuagung\","
            + "\"religion\":\"1\",\"maritalStatus\":\"1\",\"marriageRegistered\":null,"
            + "\"bloodType\":null,\"occupation\":null,\"mother\":null,\"father\":null,"
            + "\"address\":{\"desaCode\":\""
            + KIJANG_ULU
            + "\",\"rt\":\"001\",\"rw\":\"002\",\"street\":null}}";
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "INSERT INTO resident_review (id, status, nik, request, candidate_ids,"
                            + " opened_by, opened_at, version) VALUES (CAST(?1 AS uuid), 'OPEN',"
                            + " ?2, CAST(?3 AS jsonb), '[]', 'dukcapil1', now(), 0)")
                    .setParameter(1, reviewId)
                    .setParameter(2, nik)
                    .setParameter(3, held)
                    .executeUpdate());
    String path = "/api/v1/resident-reviews/" + reviewId;
    as(Fixtures.officer())
        .get(path)
        .then()
        .statusCode(200)
        .body("fullName", equalTo(name))
        .body("birthDate", equalTo("2001-08-17"));
    String residentId =
        as(Fixtures.officer())
            .body(Map.of("decision", "REGISTER", "reason", "orang lain"))
            .header("If-Match", Fixtures.etag(path))
            .post(path + "/decision")
            .then()
            .statusCode(200)
            .body("status", equalTo("REGISTERED"))
            .extract()
            .path("residentId");
    as(Fixtures.officer())
        .get("/api/v1/residents/" + residentId)
        .then()
        .statusCode(200)
        .body("nik", equalTo(nik))
        .body("birthDate", equalTo("2001-08-17"));

    // a review held now is stored in the same shape
    Person mother = Fixtures.adult(Sex.FEMALE);
    Map<String, Object> first =
        Fixtures.person(Fixtures.nik(Sex.MALE, born), Fixtures.name(), Sex.MALE, born, KIJANG_ULU);
    first.put("mother", Map.of("nik", mother.nik(), "name", mother.name()));
    as(Fixtures.officer()).body(first).post("/api/v1/residents").then().statusCode(201);
    Map<String, Object> second = new HashMap<>(first);
    second.put("nik", Fixtures.nik(Sex.MALE, born));
    String newReview =
        as(Fixtures.officer())
            .body(second)
            .post("/api/v1/residents")
            .then()
            .statusCode(202)
            .extract()
            .path("reviewId");
    String stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        entityManager
                            .createNativeQuery(
                                "SELECT request->>'birthDate' || '|' || (request->'mother'->>'nik')"
                                    + " || '|' || (request->'address'->>'desaCode')"
                                    + " FROM resident_review WHERE id = CAST(?1 AS uuid)")
                            .setParameter(1, newReview)
                            .getSingleResult());
    assertThat(stored).isEqualTo("2001-08-17|" + mother.nik() + "|" + KIJANG_ULU);
  }

  /** "purpose|actor username" of the read-audit rows of one record. */
  List<String> audits(String type, String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT purpose || '|' || actor_username FROM read_audit"
                            + " WHERE resource_type = ?1 AND resource_id = ?2 ORDER BY occurred_at",
                        String.class)
                    .setParameter(1, type)
                    .setParameter(2, id)
                    .getResultList());
  }
}

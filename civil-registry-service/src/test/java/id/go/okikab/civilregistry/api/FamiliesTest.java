package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.KIJANG_ULU;
import static id.go.okikab.civilregistry.Fixtures.PROBLEM_JSON;
import static id.go.okikab.civilregistry.Fixtures.TYPE;
import static id.go.okikab.civilregistry.Fixtures.as;
import static id.go.okikab.civilregistry.Fixtures.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.civilregistry.Fixtures.Person;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** /api/v1/families: one head, SHDK codes, KK numbers and their history, concurrent edits. */
@QuarkusTest
class FamiliesTest {

  @Test
  void aNewFamilyGetsAKkNumberOfItsKecamatanAndTodayAndTheEventCarriesRefsOnly() {
    Person head = Fixtures.adult(Sex.MALE);
    Person wife = Fixtures.adult(Sex.FEMALE);
    var created =
        Fixtures.createFamily(List.of(member(head.id(), "1"), member(wife.id(), "3"))).jsonPath();
    String kk = created.getString("kkNumber");
    assertThat(kk).hasSize(16).startsWith("160205");
    assertThat(created.getString("headResidentId")).isEqualTo(head.id());
    assertThat(created.getList("members.relationship.label", String.class))
        .containsExactly("Kepala Keluarga", "Istri");
    String familyId = created.getString("id");
    try (TopicProbe probe = TopicProbe.of("civil-registry.family.v1")) {
      ConsumerRecord<String, String> event =
          probe.await(r -> familyId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
      assertThat(TopicProbe.header(event, "ce_type"))
          .isEqualTo("id.go.okikab.civil-registry.FamilyCardIssued.v1");
      assertThat(event.value())
          .contains("\"reason\":\"NEW\"")
          .contains("\"memberRefs\":[")
          .doesNotContain(kk)
          .doesNotContain(head.nik())
          .doesNotContain(head.name());
    }
  }

  @Test
  void exactlyOneHead() {
    Person a = Fixtures.adult(Sex.MALE);
    Person b = Fixtures.adult(Sex.FEMALE);
    as(Fixtures.officer())
        .body(Map.of("members", List.of(member(a.id(), "2"), member(b.id(), "3")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "family-head-required"))
        .body("errors[0].field", equalTo("members"));
    as(Fixtures.officer())
        .body(Map.of("members", List.of(member(a.id(), "1"), member(b.id(), "1")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "family-single-head"));
  }

  @Test
  void shdkRules() {
    Person man = Fixtures.adult(Sex.MALE);
    Person woman = Fixtures.adult(Sex.FEMALE);
    as(Fixtures.officer())
        .body(
            Map.of(
                "members", List.of(member(woman.id(), "1"), member(man.id(), "3")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "shdk-sex-mismatch"))
        .body("errors[0].field", equalTo("members[1].residentId"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "members", List.of(member(woman.id(), "1"), member(man.id(), "12")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "shdk-unknown"))
        .body("errors[0].field", equalTo("members[1].relationship"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "members",
                List.of(member(woman.id(), "1"), member(woman.id(), "4")),
                "reason",
                "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "member-listed-twice"));
    as(Fixtures.officer())
        .body(Map.of("members", List.of(member(Fixtures.uuid(), "1")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "resident-unknown"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "members", List.of(Map.of("residentId", "x", "relationship", "1")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(400);
  }

  @Test
  void aPersonIsOnOneCardAndMembersLiveAtOneAddress() {
    Household household = Fixtures.household();
    Person stranger = Fixtures.adult(Sex.MALE);
    as(Fixtures.officer())
        .body(
            Map.of(
                "members",
                List.of(member(stranger.id(), "1"), member(household.child().id(), "4")),
                "reason",
                "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "already-in-another-family"))
        .body("errors[0].field", equalTo("members[1].residentId"));
    Person elsewhere =
        Fixtures.resident(Sex.FEMALE, LocalDate.of(1991, 3, 3), Fixtures.TEBING_SULUH);
    as(Fixtures.officer())
        .body(
            Map.of(
                "members",
                List.of(member(stranger.id(), "1"), member(elsewhere.id(), "3")),
                "reason",
                "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "member-lives-elsewhere"));
  }

  @Test
  void recordingAnExistingCardChecksTheKkRules() {
    Person head = Fixtures.adult(Sex.MALE);
    Map<String, Object> body = Map.of("members", List.of(member(head.id(), "1")), "reason", "x");
    for (String[] vector :
        new String[][] {
          {"1602053202150001", "kk-date-invalid"},
          {"1602050113150001", "kk-date-invalid"},
          {"1602052902230001", "kk-date-invalid"},
          {"1602050101150000", "kk-serial-invalid"},
        }) {
      var request = new java.util.HashMap<>(body);
      request.put("kkNumber", vector[0]);
      as(Fixtures.officer())
          .body(request)
          .post("/api/v1/families")
          .then()
          .statusCode(422)
          .body("type", equalTo(TYPE + vector[1]))
          .body("errors[0].field", equalTo("kkNumber"));
    }
    var shortNumber = new java.util.HashMap<>(body);
    shortNumber.put("kkNumber", "160205010115001");
    as(Fixtures.officer())
        .body(shortNumber)
        .post("/api/v1/families")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kkNumber"));
    // an unknown region part only warns (KK numbers' region is "not always" a kecamatan)
    var recorded = new java.util.HashMap<>(body);
    String kk = "160299" + "150310" + String.format("%04d", 1 + (int) (Math.random() * 9000));
    recorded.put("kkNumber", kk);
    as(Fixtures.officer())
        .body(recorded)
        .post("/api/v1/families")
        .then()
        .statusCode(201)
        .body("kkNumber", equalTo(kk))
        .body("warnings[0].code", equalTo("kk-region-unknown"));
    Person other = Fixtures.adult(Sex.MALE);
    var again = new java.util.HashMap<>(recorded);
    again.put("members", List.of(member(other.id(), "1")));
    as(Fixtures.officer())
        .body(again)
        .post("/api/v1/families")
        .then()
        .statusCode(409)
        .body("detail", not(containsString(kk)));
  }

  @Test
  void citizensReadTheirOwnCardOnly() {
    Household household = Fixtures.household();
    Household other = Fixtures.household();
    as(household.wife().token())
        .get("/api/v1/families/mine")
        .then()
        .statusCode(200)
        .body("id", equalTo(household.familyId()))
        .header("ETag", notNullValue());
    as(household.wife().token())
        .get("/api/v1/families/" + household.familyId())
        .then()
        .statusCode(200);
    as(household.wife().token())
        .get("/api/v1/families/" + other.familyId())
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON);
    as(household.wife().token())
        .get("/api/v1/families/" + other.familyId() + "/history")
        .then()
        .statusCode(404);
    as(Fixtures.citizen(Fixtures.nik(Sex.MALE, LocalDate.of(1999, 9, 9))))
        .get("/api/v1/families/mine")
        .then()
        .statusCode(404);
    as(Fixtures.healthOfficer()).get("/api/v1/families/" + other.familyId()).then().statusCode(403);
    given().get("/api/v1/families/" + other.familyId()).then().statusCode(401);
    as(Fixtures.officer()).get("/api/v1/families/" + Fixtures.uuid()).then().statusCode(404);
  }

  @Test
  void addingAndRemovingMembersNeedIfMatchAndKeepHistory() {
    Household household = Fixtures.household();
    String path = "/api/v1/families/" + household.familyId();
    Person grandma = Fixtures.resident(Sex.FEMALE, LocalDate.of(1950, 2, 2), KIJANG_ULU);
    Map<String, Object> add =
        Map.of("residentId", grandma.id(), "relationship", "7", "reason", "ikut anak");
    as(Fixtures.officer()).body(add).post(path + "/members").then().statusCode(428);
    as(Fixtures.officer())
        .header("If-Match", "\"1234\"")
        .body(add)
        .post(path + "/members")
        .then()
        .statusCode(412)
        .body("type", equalTo(TYPE + "precondition-failed"));
    String kkBefore = as(Fixtures.officer()).get(path).then().extract().path("kkNumber");
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(add)
        .post(path + "/members")
        .then()
        .statusCode(200)
        .body("members.residentId", hasItem(grandma.id()))
        .body("kkNumber", equalTo(kkBefore)); // a composition change keeps the number
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("residentId", grandma.id(), "relationship", "1", "reason", "x"))
        .post(path + "/members")
        .then()
        .statusCode(422);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("reason", "pindah ke rumah anak lain"))
        .post(path + "/members/" + grandma.id() + "/removal")
        .then()
        .statusCode(200)
        .body("members.residentId", not(hasItem(grandma.id())))
        .body("kkNumber", equalTo(kkBefore));
    JsonPath history =
        as(Fixtures.officer()).get(path + "/history").then().statusCode(200).extract().jsonPath();
    assertThat(
            history.getList(
                "memberships.findAll { it.residentId == '" + grandma.id() + "' }.leaveReason",
                String.class))
        .containsExactly("pindah ke rumah anak lain");
  }

  @Test
  void whenTheHeadLeavesANewHeadIsNamedAndTheCardGetsANewNumber() {
    Household household = Fixtures.household();
    String path = "/api/v1/families/" + household.familyId();
    JsonPath before = as(Fixtures.officer()).get(path).then().extract().jsonPath();
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("reason", "cerai"))
        .post(path + "/members/" + household.head().id() + "/removal")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "new-head-required"))
        .body("errors[0].field", equalTo("newHeadResidentId"));
    JsonPath after =
        as(Fixtures.officer())
            .header("If-Match", Fixtures.etag(path))
            .body(Map.of("reason", "cerai", "newHeadResidentId", household.wife().id()))
            .post(path + "/members/" + household.head().id() + "/removal")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getString("headResidentId")).isEqualTo(household.wife().id());
    assertThat(after.getString("kkNumber")).isNotEqualTo(before.getString("kkNumber"));
    JsonPath history = as(Fixtures.officer()).get(path + "/history").then().extract().jsonPath();
    assertThat(history.getList("cards.reason", String.class))
        .containsExactly("NEW", "HEAD_CHANGED");
    assertThat(history.getString("cards[0].validTo")).isNotNull();
    assertThat(history.getString("cards[1].validTo")).isNull();
    assertThat(history.getString("cards[0].kkNumber")).isEqualTo(before.getString("kkNumber"));
  }

  @Test
  void aHeadChangeAndASplitIssueNewNumbers() {
    Household household = Fixtures.household();
    String path = "/api/v1/families/" + household.familyId();
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(
            Map.of(
                "newHeadResidentId",
                household.wife().id(),
                "formerHeadRelationship",
                "3",
                "reason",
                "x"))
        .post(path + "/head-change")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "shdk-sex-mismatch"));
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(
            Map.of(
                "newHeadResidentId",
                household.wife().id(),
                "formerHeadRelationship",
                "2",
                "reason",
                "suami sakit"))
        .post(path + "/head-change")
        .then()
        .statusCode(200)
        .body("headResidentId", equalTo(household.wife().id()))
        .body(
            "members.find { it.residentId == '" + household.head().id() + "' }.relationship.label",
            equalTo("Suami"));

    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("members", List.of(member(household.wife().id(), "1")), "reason", "x"))
        .post(path + "/splits")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "head-cannot-split"));
    String newFamily =
        as(Fixtures.officer())
            .header("If-Match", Fixtures.etag(path))
            .body(
                Map.of(
                    "members", List.of(member(household.child().id(), "1")), "reason", "pisah KK"))
            .post(path + "/splits")
            .then()
            .statusCode(201)
            .body("headResidentId", equalTo(household.child().id()))
            .extract()
            .path("id");
    as(Fixtures.officer())
        .get(path)
        .then()
        .body("members.residentId", not(hasItem(household.child().id())));
    as(Fixtures.officer())
        .get("/api/v1/families/" + newFamily + "/history")
        .then()
        .body("cards[0].reason", equalTo("SPLIT"));
  }

  @Test
  void concurrentEditsOfOneCardHaveOneWinnerAndNoLostUpdate() throws Exception {
    Household household = Fixtures.household();
    String path = "/api/v1/families/" + household.familyId();
    String etag = Fixtures.etag(path);
    List<Person> joiners = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      joiners.add(Fixtures.resident(Sex.FEMALE, LocalDate.of(2010, 1, 1).plusDays(i), KIJANG_ULU));
    }
    ExecutorService pool = Executors.newFixedThreadPool(joiners.size());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      String token = Fixtures.officer();
      for (Person joiner : joiners) {
        Callable<Integer> add =
            () ->
                as(token)
                    .header("If-Match", etag)
                    .body(Map.of("residentId", joiner.id(), "relationship", "4", "reason", "anak"))
                    .post(path + "/members")
                    .then()
                    .extract()
                    .statusCode();
        results.add(pool.submit(add));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
      assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
    } finally {
      pool.shutdown();
    }
    JsonPath family = as(Fixtures.officer()).get(path).then().extract().jsonPath();
    assertThat(family.getList("members")).hasSize(4);
  }

  @Test
  void theLastMemberLeavingDissolvesTheFamily() {
    Person alone = Fixtures.adult(Sex.MALE);
    String familyId = Fixtures.createFamily(List.of(member(alone.id(), "1"))).path("id");
    String path = "/api/v1/families/" + familyId;
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("reason", "x"))
        .post(path + "/members/" + alone.id() + "/removal")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISSOLVED"))
        .body("headResidentId", nullValue());
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(path))
        .body(Map.of("residentId", alone.id(), "relationship", "4", "reason", "x"))
        .post(path + "/members")
        .then()
        .statusCode(422)
        .body("type", equalTo(TYPE + "family-not-active"));
  }

  @Test
  void onlyOfficersChangeCards() {
    Household household = Fixtures.household();
    String path = "/api/v1/families/" + household.familyId();
    as(household.head().token())
        .header("If-Match", "\"0\"")
        .body(Map.of("residentId", household.child().id(), "relationship", "4", "reason", "x"))
        .post(path + "/members")
        .then()
        .statusCode(403);
    as(household.head().token())
        .body(Map.of("members", List.of(member(household.head().id(), "1")), "reason", "x"))
        .post("/api/v1/families")
        .then()
        .statusCode(403);
  }
}

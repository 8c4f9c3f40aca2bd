package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.systemtests.People.Household;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may reach what, across every service and read model, through the gateway and straight at the
 * services: a citizen only their own records, an officer only their agency's endpoints, an agency
 * client only its grant, anonymous callers only the public routes.
 */
@ExtendWith(RunningPlatform.class)
class AuthorizationAcrossServicesTest {

  private static Household mine;
  private static Household theirs;
  private static String theirPregnancy;

  @BeforeAll
  static void twoFamilies() {
    mine = People.household();
    theirs = People.household();
    theirPregnancy = People.pregnancy(theirs.wife(), 12);
  }

  @Test
  void aCitizenReachesNoOtherCitizensRecordsInAnyServiceOrReadModel() {
    String me = mine.wife().username();
    // civil registry: another's record and card are "not found" (their existence is private)
    as(me).get("/api/v1/residents/" + theirs.wife().residentId()).then().statusCode(404);
    as(me).get("/api/v1/families/" + theirs.familyId()).then().statusCode(404);
    as(me).get("/api/v1/families/" + theirs.familyId() + "/history").then().statusCode(404);
    // own records work
    as(me)
        .get("/api/v1/residents/" + mine.wife().residentId())
        .then()
        .statusCode(200)
        .body("id", equalTo(mine.wife().residentId()));
    // health: another woman's pregnancy is refused, and not in my list
    as(me)
        .get("/api/v1/pregnancies/" + theirPregnancy)
        .then()
        .statusCode(anyOf(is(403), is(404)))
        .contentType(startsWith(Api.PROBLEM_JSON));
    as(me)
        .get("/api/v1/pregnancies/" + theirPregnancy + "/anc-contacts")
        .then()
        .statusCode(anyOf(is(403), is(404)));
    as(me)
        .get("/api/v1/pregnancies")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(theirPregnancy)));
    // the gateway's views are the caller's only
    JsonPath overview =
        as(me).get("/api/v1/me/overview").then().statusCode(200).extract().jsonPath();
    assertThat(overview.getString("sections.'civil-record'.data.id"))
        .isEqualTo(mine.wife().residentId());
    assertThat(overview.prettify())
        .doesNotContain(theirPregnancy)
        .doesNotContain(theirs.wife().residentId());
    // the timeline: theirs holds their pregnancy's registration, mine never does
    await("their timeline has their pregnancy")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                as(theirs.wife().username())
                    .get("/api/v1/me/timeline")
                    .then()
                    .body("items.aggregateId", hasItem(theirPregnancy)));
    as(me)
        .queryParam("size", 100)
        .get("/api/v1/me/timeline")
        .then()
        .statusCode(200)
        .body("items.aggregateId", not(hasItem(theirPregnancy)))
        .body("items.aggregateId", not(hasItem(theirs.familyId())));
    // and a citizen is no officer anywhere
    as(me).body(Map.of()).post("/api/v1/residents").then().statusCode(403);
    as(me)
        .body(Map.of("nik", theirs.wife().nik()))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(403);
    as(me).body(Map.of()).post("/api/v1/pregnancies").then().statusCode(403);
    as(me).get("/api/v1/immunizations/due").then().statusCode(403);
    as(me).get("/api/v1/dashboard").then().statusCode(403);
    as(me).get("/api/v1/events/stream").then().statusCode(403);
    as(me).post("/api/v1/read-models/rebuild").then().statusCode(403);
  }

  @Test
  void anOfficerOfOneAgencyCannotUseAnotherAgencysEndpoints() {
    String resident = theirs.wife().residentId();
    // the midwife: not the civil registry's officer (only the existence check is hers)
    as(Api.MIDWIFE).get("/api/v1/residents/" + resident).then().statusCode(403);
    as(Api.MIDWIFE)
        .body(Map.of("nik", theirs.wife().nik()))
        .post("/api/v1/residents/search")
        .then()
        .statusCode(403);
    as(Api.MIDWIFE).get("/api/v1/families/" + theirs.familyId()).then().statusCode(403);
    as(Api.MIDWIFE).get("/api/v1/birth-registrations").then().statusCode(403);
    as(Api.MIDWIFE)
        .body(Map.of("nik", theirs.wife().nik()))
        .post("/api/v1/residents/existence")
        .then()
        .statusCode(200)
        .body("exists", equalTo(true));
    // the registry officer: not a health officer
    as(Api.REGISTRY_OFFICER).get("/api/v1/pregnancies/" + theirPregnancy).then().statusCode(403);
    as(Api.REGISTRY_OFFICER).get("/api/v1/children").then().statusCode(403);
    as(Api.REGISTRY_OFFICER)
        .body(
            Map.of(
                "motherNik",
                theirs.wife().nik(),
                "desaCode",
                People.DESA,
                "hpht",
                Api.today().minusWeeks(8).toString(),
                "gravida",
                1,
                "parity",
                0))
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(403);
    // the live feed is the operators'
    as(Api.REGISTRY_OFFICER).get("/api/v1/events/stream").then().statusCode(403);
    // another agency's officer (Bapenda) and the operator reach neither registry nor KIA records
    for (String officer : List.of(Api.TAX_OFFICER, Api.OPERATOR)) {
      as(officer).get("/api/v1/residents/" + resident).then().statusCode(403);
      as(officer).get("/api/v1/pregnancies/" + theirPregnancy).then().statusCode(403);
      as(officer).get("/api/v1/children").then().statusCode(403);
    }
    // the admin manages facilities, not personal records
    as(Api.ADMIN).get("/api/v1/pregnancies/" + theirPregnancy).then().statusCode(403);
  }

  @Test
  void anAgencyClientReachesOnlyItsGrant() {
    as(Api.AGENCY_VERIFIER)
        .body(
            Map.of(
                "nik",
                theirs.wife().nik(),
                "fullName",
                theirs.wife().name(),
                "birthDate",
                id.go.okikab.platform.domain.Nik.parse(theirs.wife().nik(), Api.today())
                    .birthDate()
                    .toString()))
        .post("/api/v1/verifications/residents")
        .then()
        .statusCode(200)
        .body("match", equalTo(true));
    // the gateway's allowlist: nothing else, whatever the service would say
    for (String path :
        List.of(
            "/api/v1/residents/" + theirs.wife().residentId(),
            "/api/v1/pregnancies",
            "/api/v1/me/overview",
            "/api/v1/dashboard")) {
      as(Api.AGENCY_VERIFIER)
          .get(path)
          .then()
          .statusCode(403)
          .contentType(startsWith(Api.PROBLEM_JSON));
    }
  }

  @Test
  void theServicesCheckTokensThemselvesBehindTheGateway() {
    String token = RunningPlatform.token(Api.MIDWIFE);
    // no token: 401 at the service as at the gateway
    Api.direct("civil-registry-service")
        .get("/api/v1/residents/" + theirs.wife().residentId())
        .then()
        .statusCode(401);
    Api.direct("health-service").get("/api/v1/pregnancies").then().statusCode(401);
    // a valid token of the wrong role: 403 at the service too
    Api.direct("civil-registry-service")
        .auth()
        .oauth2(token)
        .get("/api/v1/residents/" + theirs.wife().residentId())
        .then()
        .statusCode(403);
    Api.direct("health-service")
        .auth()
        .oauth2(RunningPlatform.token(Api.REGISTRY_OFFICER))
        .get("/api/v1/children")
        .then()
        .statusCode(403);
    // a forged token is refused by both
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    Api.anonymous().auth().oauth2(forged).get("/api/v1/pregnancies").then().statusCode(401);
    Api.direct("health-service")
        .auth()
        .oauth2(forged)
        .get("/api/v1/pregnancies")
        .then()
        .statusCode(401);
  }

  @Test
  void anonymousCallersReachOnlyThePublicRoutes() {
    Api.anonymous()
        .queryParam("parent", "16.02")
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(18));
    Api.anonymous().get("/api/v1/reference-codes").then().statusCode(200);
    Api.anonymous()
        .get("/api/v1/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/pregnancies"));
    Api.anonymous().get("/q/health/ready").then().statusCode(200);
    Api.anonymous()
        .get("/api/v1/certificates/verify/0000000000000000000A")
        .then()
        .statusCode(anyOf(is(400), is(404)));
    for (String path :
        List.of(
            "/api/v1/me/overview",
            "/api/v1/me/timeline",
            "/api/v1/dashboard",
            "/api/v1/events/stream",
            "/api/v1/residents/me",
            "/api/v1/residents/" + theirs.wife().residentId(),
            "/api/v1/families/mine",
            "/api/v1/birth-registrations",
            "/api/v1/death-registrations",
            "/api/v1/pregnancies",
            "/api/v1/pregnancies/" + theirPregnancy,
            "/api/v1/children",
            "/api/v1/immunizations/due",
            "/api/v1/immunization-schedule",
            "/api/v1/health-facilities")) {
      Response response = Api.anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.contentType()).as(path).startsWith(Api.PROBLEM_JSON);
    }
    Api.anonymous().body(Map.of()).post("/api/v1/residents").then().statusCode(401);
    Api.anonymous().body(Map.of()).post("/api/v1/verifications/residents").then().statusCode(401);
    Api.anonymous().post("/api/v1/read-models/rebuild").then().statusCode(401);
  }
}

package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.okikab.systemtests.People.Household;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A death registered by the civil registry reaches health (the woman's ongoing pregnancy is closed)
 * and the read models (the timelines of the deceased and of the declarant, the dashboard).
 */
@ExtendWith(RunningPlatform.class)
class DeathPropagationTest {

  @Test
  void aRegisteredDeathClosesHealthRecordsAndReachesTimelinesAndTheDashboard() {
    Household household = People.household();
    String pregnancy = People.pregnancy(household.wife(), 20);
    as(Api.MIDWIFE)
        .get("/api/v1/pregnancies/" + pregnancy)
        .then()
        .statusCode(200)
        .body("status", equalTo("ONGOING"));
    long deathsBefore = Dashboard.total("deaths", People.KECAMATAN);

    // the husband declares his wife's death (a citizen of the family), the registry registers it
    String registration =
        as(household.head().username())
            .body(
                Map.of(
                    "residentId",
                    household.wife().residentId(),
                    "dateOfDeath",
                    Api.today().minusDays(3).toString(),
                    "placeOfDeath",
                    "RSUD Kayuagung",
                    "statementIssuer",
                    "DOCTOR",
                    "statementReference",
                    "SKK/017/2026"))
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .body("status", equalTo("SUBMITTED"))
            .body("late", equalTo(false))
            .extract()
            .path("id");
    String path = "/api/v1/death-registrations/" + registration;
    String etag = Api.verifyAndApprove(path);
    as(Api.REGISTRY_OFFICER)
        .header("If-Match", etag)
        .post(path + "/registration")
        .then()
        .statusCode(200)
        .body("status", equalTo("REGISTERED"));
    as(Api.REGISTRY_OFFICER)
        .get("/api/v1/residents/" + household.wife().residentId())
        .then()
        .body("status", equalTo("DECEASED"));

    // health: civil-registry.DeathRegistered closes her ongoing pregnancy
    await("health closes the pregnancy")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                as(Api.MIDWIFE)
                    .get("/api/v1/pregnancies/" + pregnancy)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CLOSED")));
    // closed: no longer the area's ongoing pregnancy
    List<String> ongoing =
        as(Api.MIDWIFE)
            .queryParam("status", "ONGOING")
            .queryParam("size", 100)
            .get("/api/v1/pregnancies")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(ongoing).doesNotContain(pregnancy);

    // the read models: her timeline holds the death, his the registration he declared
    await("the timelines")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              as(household.wife().username())
                  .get("/api/v1/me/timeline")
                  .then()
                  .statusCode(200)
                  .body("items.event", hasItem("DeathRegistered"))
                  .body("items.title", hasItem("Kematian dicatat oleh Disdukcapil"));
              JsonPath his =
                  as(household.head().username())
                      .get("/api/v1/me/timeline")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              assertThat(his.getList("items.aggregateId", String.class)).contains(registration);
            });
    await("the dashboard")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> Dashboard.total("deaths", People.KECAMATAN) >= deathsBefore + 1);
  }
}

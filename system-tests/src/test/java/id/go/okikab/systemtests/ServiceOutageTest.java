package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.systemtests.People.Household;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway with a real service down (the health-service process stopped): routed calls get a 503
 * naming the service at once, the citizen overview still answers with the civil registry's sections
 * and marks health's unavailable; when health is back, everything is whole again. Runs last, since
 * it stops a service.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningPlatform.class)
class ServiceOutageTest {

  @Test
  void withHealthDownTheOverviewIsPartialAndHealthRoutesAnswer503() {
    Household household = People.household();
    String mother = household.wife().username();
    People.pregnancy(household.wife(), 10);
    as(mother)
        .get("/api/v1/me/overview")
        .then()
        .statusCode(200)
        .body("complete", equalTo(true))
        .body("sections.pregnancies.status", equalTo("ok"));

    RunningPlatform.platform().stopService("health-service");
    try {
      as(mother)
          .get("/api/v1/pregnancies")
          .then()
          .statusCode(503)
          .contentType(startsWith(Api.PROBLEM_JSON))
          .body("detail", containsString("health"));
      as(mother)
          .get("/api/v1/me/overview")
          .then()
          .statusCode(200)
          .body("complete", equalTo(false))
          .body("sections.'civil-record'.status", equalTo("ok"))
          .body("sections.'civil-record'.data.id", equalTo(household.wife().residentId()))
          .body("sections.'family-card'.status", equalTo("ok"))
          .body("sections.pregnancies.status", equalTo("unavailable"))
          .body("sections.children.status", equalTo("unavailable"));
      // the civil registry is unaffected
      as(mother).get("/api/v1/residents/me").then().statusCode(200);
    } finally {
      RunningPlatform.platform().restartService("health-service");
    }
    await("the overview is whole again")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                as(mother)
                    .get("/api/v1/me/overview")
                    .then()
                    .statusCode(200)
                    .body("complete", equalTo(true)));
  }
}

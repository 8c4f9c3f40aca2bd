package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.systemtests.People.Household;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A birth declared late (a home birth 75 days ago, never seen by a health facility): flagged late,
 * registered with a NIK and a publicly verifiable akta; health opens the child's record with its
 * immunisation schedule from the registry's event; the mother's timeline and the dashboard count
 * it.
 */
@ExtendWith(RunningPlatform.class)
class LateBirthRegistrationTest {

  @Test
  void aLateBirthIsFlaggedRegisteredVerifiableAndOpensTheChildsHealthRecord() {
    Household household = People.household();
    LocalDate born = Api.today().minusDays(75);
    long lateBefore = Dashboard.total("births-late", People.KECAMATAN);

    Map<String, Object> declaration = new LinkedHashMap<>();
    declaration.put("familyId", household.familyId());
    declaration.put("childName", People.name(Sex.FEMALE));
    declaration.put("sex", "FEMALE");
    declaration.put("birthDate", born.toString());
    declaration.put("birthTime", "04:40:00");
    declaration.put("birthPlace", "Rumah, Desa Kijang Ulu");
    declaration.put("birthDesaCode", People.DESA);
    declaration.put("mother", Map.of("residentId", household.wife().residentId()));
    declaration.put("father", Map.of("residentId", household.head().residentId()));
    String registration =
        as(household.wife().username())
            .body(declaration)
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .body("status", equalTo("SUBMITTED"))
            .body("channel", equalTo("CITIZEN"))
            .body("late", equalTo(true))
            .extract()
            .path("id");
    String path = "/api/v1/birth-registrations/" + registration;
    String etag = Api.verifyAndApprove(path);
    JsonPath registered =
        as(Api.REGISTRY_OFFICER)
            .header("If-Match", etag)
            .post(path + "/registration")
            .then()
            .statusCode(200)
            .body("status", equalTo("REGISTERED"))
            .body("late", equalTo(true))
            .body("certificate.number", matchesPattern("1602-LT-\\d{8}-\\d{4}"))
            .extract()
            .jsonPath();
    Nik childNik = Nik.parse(registered.getString("childNik"), Api.today());
    assertThat(childNik.birthDate()).isEqualTo(born);
    assertThat(childNik.sex()).isEqualTo(Sex.FEMALE);
    String childResident = registered.getString("childResidentId");
    as(household.wife().username())
        .get("/api/v1/families/mine")
        .then()
        .statusCode(200)
        .body("members.residentId", hasItem(childResident));

    // the akta is verifiable by anyone, at the registry's route and at the gateway's
    String code = registered.getString("certificate.verificationCode");
    Api.anonymous()
        .get("/api/v1/certificates/verify/" + code)
        .then()
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body("number", equalTo(registered.getString("certificate.number")))
        .body(not(org.hamcrest.Matchers.containsString(registered.getString("childNik"))));
    Api.anonymous().get("/api/v1/verifications/" + code).then().statusCode(200);

    // health: BirthRegistered of a child under five living in OKI opens her record and schedule
    String child =
        await("health opens the child's record")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> {
                  List<Map<String, Object>> children =
                      as(household.wife().username())
                          .get("/api/v1/children")
                          .then()
                          .statusCode(200)
                          .extract()
                          .path("items");
                  return children.stream()
                      .filter(c -> born.toString().equals(c.get("birthDate")))
                      .map(c -> (String) c.get("id"))
                      .findFirst()
                      .orElse(null);
                },
                notNullValue());
    as(household.wife().username())
        .get("/api/v1/children/" + child)
        .then()
        .statusCode(200)
        .body("sex", equalTo("FEMALE"))
        .body("origin", equalTo("CIVIL_REGISTRY"))
        .body("linkedToCivilRegistry", equalTo(true));
    List<String> statuses =
        as(household.wife().username())
            .get("/api/v1/children/" + child + "/immunizations")
            .then()
            .statusCode(200)
            .extract()
            .path("doses.status");
    assertThat(statuses).isNotEmpty().containsAnyOf("DUE", "OVERDUE");
    // the father sees his daughter too; the midwife of the area as well
    as(household.head().username()).get("/api/v1/children/" + child).then().statusCode(200);
    as(Api.MIDWIFE).get("/api/v1/children/" + child).then().statusCode(200);

    await("the timeline and the dashboard")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              as(household.wife().username())
                  .get("/api/v1/me/timeline")
                  .then()
                  .statusCode(200)
                  .body("items.event", hasItem("BirthRegistered"));
              assertThat(Dashboard.total("births-late", People.KECAMATAN))
                  .isGreaterThanOrEqualTo(lateBefore + 1);
            });
  }
}

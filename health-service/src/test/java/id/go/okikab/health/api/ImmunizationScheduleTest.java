package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.health.Kia;
import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.service.ScheduleCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The national routine immunisation schedule as the service holds it after its migrations
 * (domain.md §2.4; V1, V4): every dose's ages in days (1 month = 30.4375 days, rounded), and the
 * source of each row. RV at 2, 3 and 4 months with the last dose by 6 months 29 days (SE Dirjen P2P
 * IM.02.02/C/3052/2023); IPV2 at 9 months, 4 months after IPV1 (Dirjen P2P IM.02.03/C/2323/2023).
 */
@QuarkusTest
class ImmunizationScheduleTest {

  @Inject ScheduleCatalog catalog;

  /** vaccine, dose, recommended, minimum age, minimum interval, maximum age, basic. */
  private static final List<List<Object>> SCHEDULE =
      List.of(
          row("HB0", 1, 0, 0, null, 7, true),
          row("BCG", 1, 30, 0, null, 364, true),
          row("OPV", 1, 30, 0, null, null, true),
          row("OPV", 2, 61, 28, 28, null, true),
          row("OPV", 3, 91, 56, 28, null, true),
          row("OPV", 4, 122, 84, 28, null, true),
          row("DPT-HB-HIB", 1, 61, 42, null, null, true),
          row("DPT-HB-HIB", 2, 91, 70, 28, null, true),
          row("DPT-HB-HIB", 3, 122, 98, 28, null, true),
          row("DPT-HB-HIB", 4, 548, 365, 182, null, false),
          row("PCV", 1, 61, 42, null, null, false),
          row("PCV", 2, 91, 70, 28, null, false),
          row("PCV", 3, 365, 274, 56, null, false),
          // RV: 2, 3 and 4 months, >= 4 weeks apart, none after 6 months 29 days (212 days)
          row("RV", 1, 61, 42, null, 212, false),
          row("RV", 2, 91, 70, 28, 212, false),
          row("RV", 3, 122, 98, 28, 212, false),
          row("IPV", 1, 122, 98, null, null, true),
          // IPV2: 9 months (with MR1), at least 4 months (122 days) after IPV1
          row("IPV", 2, 274, 182, 122, null, false),
          row("MR", 1, 274, 274, null, null, true),
          row("MR", 2, 548, 456, 28, null, false));

  @Test
  void theScheduleHasTheNationalAges() {
    JsonPath served =
        as(Kia.officer())
            .get("/api/v1/immunization-schedule")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> d : served.<Map<String, Object>>getList("")) {
      rows.add(
          row(
              (String) d.get("vaccine"),
              (Integer) d.get("doseNo"),
              (Integer) d.get("recommendedAgeDays"),
              (Integer) d.get("minAgeDays"),
              (Integer) d.get("minIntervalDays"),
              (Integer) d.get("maxAgeDays"),
              (Boolean) d.get("basic")));
    }
    assertThat(rows).containsExactlyInAnyOrderElementsOf(SCHEDULE);
  }

  @Test
  void everyRowNamesItsSource() {
    for (VaccineDose d : catalog.all()) {
      assertThat(d.source).as(d.vaccine + " " + d.doseNo).isNotBlank();
    }
    assertThat(catalog.series("RV"))
        .allSatisfy(d -> assertThat(d.source).contains("IM.02.02/C/3052/2023", "6 months 29 days"));
    assertThat(catalog.dose("IPV", 2).orElseThrow().source)
        .contains("IM.02.03/C/2323/2023", "9 months", "4 months after IPV1");
    assertThat(catalog.dose("MR", 1).orElseThrow().source).contains("Permenkes 12/2017");
  }

  private static List<Object> row(
      String vaccine,
      int dose,
      int recommended,
      int minAge,
      Integer minInterval,
      Integer maxAge,
      boolean basic) {
    List<Object> row = new ArrayList<>();
    row.add(vaccine);
    row.add(dose);
    row.add(recommended);
    row.add(minAge);
    row.add(minInterval);
    row.add(maxAge);
    row.add(basic);
    return row;
  }
}

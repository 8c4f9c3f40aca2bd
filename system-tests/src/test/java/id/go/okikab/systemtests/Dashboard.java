package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;

import io.restassured.path.json.JsonPath;

/** The regency dashboard as the operator kominfo1 sees it. */
final class Dashboard {

  private Dashboard() {}

  /** A metric's total over all months for one kecamatan (0 when nothing was counted yet). */
  static long total(String metric, String kecamatan) {
    JsonPath dashboard =
        as(Api.OPERATOR)
            .queryParam("kecamatan", kecamatan)
            .get("/api/v1/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Object total = dashboard.get("metrics.'" + metric + "'.total");
    return total == null ? 0 : ((Number) total).longValue();
  }
}

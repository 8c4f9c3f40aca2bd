package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.okikab.health.Kia;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FacilityApiTest {

  @Inject DataSource dataSource;

  private static final String ADMIN = TestTokens.user("admin1").roles("admin").mint();

  @Test
  void theSeededPuskesmasOfEveryKecamatanAreListed() {
    as(Kia.officer())
        .queryParam("size", 100)
        .get("/api/v1/health-facilities")
        .then()
        .statusCode(200)
        .body("totalItems", greaterThanOrEqualTo(18))
        .body("items.code", hasItem("P-160205"))
        .body("items.find { it.code == 'P-160205' }.kecamatanName", equalTo("Kayu Agung"))
        .body("items.find { it.code == 'P-160205' }.confirmed", equalTo(false));
    as(TestTokens.citizen("warga1", "1602055708900001").mint())
        .queryParam("kecamatan", "160213")
        .get("/api/v1/health-facilities")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("P-160213"));
  }

  @Test
  void kecamatanAreThePlatformsRegionReference() throws Exception {
    // every kecamatan of OKI has its seeded puskesmas, named from OkiKecamatan
    var listed =
        as(Kia.officer())
            .queryParam("size", 100)
            .queryParam("type", "PUSKESMAS")
            .get("/api/v1/health-facilities")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (OkiKecamatan.Kecamatan k : OkiKecamatan.all()) {
      assertThat(listed.getString("items.find { it.code == 'P-" + k.code() + "' }.kecamatanName"))
          .as(k.code())
          .isEqualTo(k.name());
    }
    // the service keeps no kecamatan table of its own; the code's format is still checked
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT to_regclass('kecamatan') IS NULL")) {
        rs.next();
        assertThat(rs.getBoolean(1)).isTrue();
      }
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO health_facility (code, name, type, kecamatan_code)"
                          + " VALUES ('X-BADKEC', 'x', 'CLINIC', '170101')"))
          .hasMessageContaining("health_facility_kecamatan_code_format");
    }
  }

  @Test
  void oneFacilityOrNotFound() {
    as(Kia.officer())
        .get("/api/v1/health-facilities/P-160205")
        .then()
        .statusCode(200)
        .body("type", equalTo("PUSKESMAS"));
    as(Kia.officer())
        .get("/api/v1/health-facilities/P-999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void withoutATokenIs401() {
    given()
        .get("/api/v1/health-facilities")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void anAdministratorAddsAPosyandu() {
    String code = "Y-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> posyandu =
        Map.of(
            "code",
            code,
            "name",
            "Posyandu Mawar",
            "type",
            "POSYANDU",
            "kecamatanCode",
            "160205",
            "desaCode",
            "1602052011");
    as(ADMIN)
        .header("Idempotency-Key", code)
        .body(posyandu)
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/health-facilities/" + code))
        .body("confirmed", equalTo(true));
    as(ADMIN).body(posyandu).post("/api/v1/health-facilities").then().statusCode(409);
    as(Kia.officer())
        .body(posyandu)
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(403)
        .body("type", equalTo("https://okikab.go.id/problems/forbidden"));
  }

  @Test
  void badFacilitiesAreRejectedNamingTheField() {
    as(ADMIN)
        .body(Map.of("code", "puskesmas", "name", "x", "type", "CLINIC", "kecamatanCode", "160205"))
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    as(ADMIN)
        .body(Map.of("code", "K-160299A", "name", "x", "type", "CLINIC", "kecamatanCode", "160299"))
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://okikab.go.id/problems/validation"))
        .body("errors[0].field", equalTo("kecamatanCode"));
    as(ADMIN)
        .body(
            Map.of(
                "code",
                "K-160205B",
                "name",
                "x",
                "type",
                "CLINIC",
                "kecamatanCode",
                "160205",
                "desaCode",
                "1602132001"))
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/desa-outside-kecamatan"))
        .body("errors[0].field", equalTo("desaCode"));
  }
}

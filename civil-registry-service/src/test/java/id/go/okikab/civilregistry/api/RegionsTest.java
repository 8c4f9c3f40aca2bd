package id.go.okikab.civilregistry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.go.okikab.platform.domain.OkiKecamatan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The region reference data loaded by V1__regions.sql, checked against domain.md section 7 and the
 * platform's OkiKecamatan.
 */
@QuarkusTest
class RegionsTest {

  /** Kemendagri kecamatan code → villages, from the table in domain.md section 7. */
  static final Map<String, Integer> VILLAGES_PER_KECAMATAN =
      Map.ofEntries(
          Map.entry("160202", 22),
          Map.entry("160203", 14),
          Map.entry("160204", 17),
          Map.entry("160205", 25),
          Map.entry("160208", 20),
          Map.entry("160211", 23),
          Map.entry("160212", 22),
          Map.entry("160213", 19),
          Map.entry("160214", 19),
          Map.entry("160215", 18),
          Map.entry("160217", 19),
          Map.entry("160218", 17),
          Map.entry("160219", 19),
          Map.entry("160220", 19),
          Map.entry("160221", 17),
          Map.entry("160222", 16),
          Map.entry("160223", 14),
          Map.entry("160224", 7));

  @Inject EntityManager entityManager;

  /**
   * The registry's region table is the platform's one region reference: its kecamatan of OKI are
   * the rows of platform-domain's {@link OkiKecamatan} (codes, names, BPS codes), and both cite the
   * source in the same words.
   */
  @Test
  void theKecamatanOfOkiAreThePlatformsOkiKecamatanFromTheSameSource() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "SELECT r.code, r.name, r.bps_code, d.source FROM region r"
                                + " JOIN region_dataset d ON d.id = r.dataset_id"
                                + " WHERE r.level = 'DISTRICT' AND r.parent_code = '1602'"
                                + " AND r.retired_by IS NULL ORDER BY r.code")
                        .getResultList());
    assertThat(rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList())
        .containsExactlyElementsOf(
            OkiKecamatan.all().stream()
                .map(k -> k.code() + "|" + k.name() + "|" + k.bpsCode())
                .toList());
    assertThat(OkiKecamatan.all()).hasSize(18);
    for (Object[] row : rows) {
      String source =
          OkiKecamatan.all().stream()
              .filter(k -> k.code().equals(row[0]))
              .findFirst()
              .orElseThrow()
              .source();
      assertThat(source)
          .isEqualTo(
              "Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah (counts match 300.2.2-2430/2025)");
      assertThat((String) row[3]).startsWith(source + ":");
    }
  }

  @Test
  void okiHas18KecamatanAnd327VillagesOf314DesaAnd13Kelurahan() {
    JsonPath kecamatan =
        given()
            .queryParam("parent", "16.02")
            .queryParam("size", 100)
            .get("/api/v1/regions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(kecamatan.getInt("totalItems")).isEqualTo(18);
    assertThat(kecamatan.getList("items.code", String.class))
        .containsExactlyInAnyOrderElementsOf(VILLAGES_PER_KECAMATAN.keySet());
    assertThat(kecamatan.getList("items.level", String.class)).containsOnly("DISTRICT");

    Map<String, Integer> counted = new HashMap<>();
    List<String> kinds = new ArrayList<>();
    for (String code : VILLAGES_PER_KECAMATAN.keySet()) {
      JsonPath villages =
          given()
              .queryParam("parent", code)
              .queryParam("size", 100)
              .get("/api/v1/regions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      counted.put(code, villages.getInt("totalItems"));
      kinds.addAll(villages.getList("items.kind", String.class));
    }
    assertThat(counted).isEqualTo(VILLAGES_PER_KECAMATAN);
    assertThat(kinds).hasSize(327);
    assertThat(kinds.stream().filter("DESA"::equals).count()).isEqualTo(314);
    assertThat(kinds.stream().filter("KELURAHAN"::equals).count()).isEqualTo(13);
  }

  @Test
  void kayuAgungKelurahanAndDesaCodes() {
    JsonPath villages =
        given()
            .queryParam("parent", "160205")
            .queryParam("size", 100)
            .get("/api/v1/regions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> kelurahan = new ArrayList<>();
    List<String> desa = new ArrayList<>();
    List<Map<String, Object>> items = villages.getList("items");
    for (Map<String, Object> item : items) {
      (item.get("kind").equals("KELURAHAN") ? kelurahan : desa)
          .add((String) item.get("dottedCode"));
    }
    assertThat(kelurahan)
        .hasSize(11)
        .contains("16.02.05.1001", "16.02.05.1010", "16.02.05.1025")
        .allMatch(code -> code.startsWith("16.02.05.10"));
    assertThat(desa).hasSize(14).allMatch(code -> code.compareTo("16.02.05.2011") >= 0);
  }

  @Test
  void aRegionByDottedOrPlainCodeWithItsPath() {
    given()
        .get("/api/v1/regions/16.02.05.1001")
        .then()
        .statusCode(200)
        .body("code", equalTo("1602051001"))
        .body("name", equalTo("Jua-jua"))
        .body("kind", equalTo("KELURAHAN"))
        .body("level", equalTo("VILLAGE"))
        .body(
            "path.name", contains("Sumatera Selatan", "Kabupaten Ogan Komering Ilir", "Kayu Agung"))
        .body("decree", equalTo("Kepmendagri No 300.2.2-2138 Tahun 2025"));
    given()
        .get("/api/v1/regions/160205")
        .then()
        .statusCode(200)
        .body("bpsCode", equalTo("1602060"));
  }

  @Test
  void theProvincesAndSumateraSelatanRegencies() {
    given()
        .queryParam("level", "PROVINCE")
        .queryParam("size", 100)
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(38))
        .body("items.code", hasItems("11", "16", "31", "96"));
    given()
        .queryParam("parent", "16")
        .queryParam("size", 100)
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(17))
        .body("items.code", hasItems("1601", "1602", "1608", "1609", "1671", "1674"));
    given()
        .queryParam("parent", "16")
        .queryParam("q", "komering")
        .get("/api/v1/regions")
        .then()
        .statusCode(200)
        .body("items.code", contains("1601", "1602", "1608", "1609"));
  }

  @Test
  void badCodesAre400AndUnknownCodes404() {
    given()
        .get("/api/v1/regions/16.0205")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("code"));
    given().get("/api/v1/regions/1602059999").then().statusCode(404);
    given()
        .queryParam("level", "CITY")
        .get("/api/v1/regions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("level"));
    given().queryParam("parent", "x").get("/api/v1/regions").then().statusCode(400);
  }

  @Test
  void referenceCodesAreServedWithLabels() {
    given()
        .get("/api/v1/reference-codes")
        .then()
        .statusCode(200)
        .body("familyRelationship.size()", equalTo(11))
        .body("familyRelationship[0].label", equalTo("Kepala Keluarga"))
        .body("religion[6].code", equalTo("7"))
        .body("maritalStatus.label", contains("Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"))
        .body("bloodType[12].label", equalTo("Tidak Tahu"));
  }
}

package id.go.okikab.permits.api;

import static id.go.okikab.permits.Permits.as;
import static id.go.okikab.permits.Permits.collection;
import static id.go.okikab.permits.Permits.creating;
import static id.go.okikab.permits.Permits.feature;
import static id.go.okikab.permits.Permits.officer;
import static id.go.okikab.permits.Permits.square;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.permits.Permits;
import id.go.okikab.platform.testing.TestTokens;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoningApiTest {

  @BeforeEach
  void layer() {
    Permits.ensureLayer();
  }

  private static Map<String, Object> layer(String code, List<Map<String, Object>> features) {
    return Map.of(
        "code",
        code,
        "name",
        "test layer",
        "planKind",
        "RDTR",
        "demonstration",
        true,
        "features",
        collection(features),
        "matrix",
        List.of(Map.of("zoneCode", "K-1", "activity", "56", "answer", "I")));
  }

  @Test
  void overlappingSelfIntersectingAndOutsideFeaturesAreRefusedByName() {
    creating(officer())
        .body(
            layer(
                "RDTR-BAD-OVERLAP",
                List.of(
                    feature("a1", "K-1", "x", square(105.0, -3.0, 0.1)),
                    feature("a2", "K-1", "x", square(105.05, -3.0, 0.1)))))
        .post("/api/v1/zoning/layers")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/zoning-layer-invalid"))
        .body("errors[0].field", equalTo("features[1].geometry"))
        .body("errors[0].message", containsString("a1 and a2"));
    Map<String, Object> bowtie =
        Map.of(
            "type",
            "Polygon",
            "coordinates",
            List.of(
                List.of(
                    List.of(105.0, -3.0),
                    List.of(105.1, -2.9),
                    List.of(105.1, -3.0),
                    List.of(105.0, -2.9),
                    List.of(105.0, -3.0))));
    creating(officer())
        .body(
            layer(
                "RDTR-BAD-GEOM",
                List.of(
                    feature("b1", "K-1", "x", bowtie),
                    feature("b2", "K-1", "x", square(107.0, -3.0, 0.1)))))
        .post("/api/v1/zoning/layers")
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("features[0].geometry", "features[1].geometry")))
        .body("errors[0].message", containsString("b1"))
        .body("errors[1].message", containsString("outside OKI"));
    // not a FeatureCollection → 400 naming the field; nothing stored
    creating(officer())
        .body(
            Map.of(
                "code",
                "RDTR-BAD-SHAPE",
                "name",
                "x",
                "planKind",
                "RDTR",
                "features",
                Map.of("type", "Feature"),
                "matrix",
                List.of()))
        .post("/api/v1/zoning/layers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("features"));
    as(officer())
        .queryParam("size", 100)
        .get("/api/v1/zoning/layers")
        .then()
        .statusCode(200)
        .body("items.findAll { it.code.startsWith('RDTR-BAD') }", hasSize(0));
  }

  @Test
  void onlyOfficersUploadLayers() {
    var body = layer("RDTR-X", List.of(feature("c1", "K-1", "x", square(105.0, -3.0, 0.1))));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/zoning/layers")
        .then()
        .statusCode(401);
    creating(TestTokens.citizen("w", "1602055708900001").mint())
        .body(body)
        .post("/api/v1/zoning/layers")
        .then()
        .statusCode(403);
  }

  @Test
  void versionsArePublishedWithIfMatchAndAnnounced() {
    var created =
        creating(officer())
            .body(
                layer(
                    "RDTR-TEST-MESUJI",
                    List.of(
                        feature("m1", "K-1", "Perdagangan (demo)", square(105.50, -3.00, 0.05)))))
            .post("/api/v1/zoning/layers")
            .then()
            .statusCode(201)
            .body("latestVersion", equalTo(1))
            .body("activeVersion", nullValue())
            .extract();
    String id = created.path("id");
    String etag = created.header("ETag");
    // not published yet: not a collection
    given().get("/api/v1/zoning/ogc/collections/RDTR-TEST-MESUJI").then().statusCode(404);
    var v2 =
        as(officer())
            .header("If-Match", etag)
            .body(
                Map.of(
                    "features",
                    collection(
                        List.of(
                            feature("m1", "K-1", "Perdagangan (demo)", square(105.50, -3.00, 0.05)),
                            feature(
                                "m2", "K-1", "Perdagangan (demo)", square(105.55, -3.00, 0.05)))),
                    "matrix",
                    List.of(Map.of("zoneCode", "K-1", "activity", "56", "answer", "I"))))
            .post("/api/v1/zoning/layers/" + id + "/versions")
            .then()
            .statusCode(200)
            .body("latestVersion", equalTo(2))
            .body("versions", hasSize(2))
            .extract();
    // the old ETag is stale now; none at all is 428
    as(officer())
        .header("If-Match", etag)
        .post("/api/v1/zoning/layers/" + id + "/versions/2/publication")
        .then()
        .statusCode(412);
    as(officer())
        .post("/api/v1/zoning/layers/" + id + "/versions/2/publication")
        .then()
        .statusCode(428);
    as(officer())
        .header("If-Match", v2.header("ETag"))
        .post("/api/v1/zoning/layers/" + id + "/versions/3/publication")
        .then()
        .statusCode(404);
    try (TopicProbe probe = TopicProbe.of("permits.zoning.v1")) {
      as(officer())
          .header("If-Match", v2.header("ETag"))
          .post("/api/v1/zoning/layers/" + id + "/versions/2/publication")
          .then()
          .statusCode(200)
          .body("activeVersion", equalTo(2));
      var records = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
      org.assertj.core.api.Assertions.assertThat(records.get(0).value())
          .contains("\"version\":2")
          .contains("\"featureCount\":2")
          .contains("RDTR-TEST-MESUJI");
    }
    given()
        .get("/api/v1/zoning/ogc/collections/RDTR-TEST-MESUJI/items")
        .then()
        .statusCode(200)
        .body("numberMatched", equalTo(2));
  }

  @Test
  void theOgcApiServesThePublishedLayerToGisClients() {
    given()
        .get("/api/v1/zoning/ogc")
        .then()
        .statusCode(200)
        .body("links.rel", hasItem("conformance"))
        .body("links.rel", hasItem("data"));
    given()
        .get("/api/v1/zoning/ogc/conformance")
        .then()
        .statusCode(200)
        .body(
            "conformsTo",
            hasItem("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));
    given()
        .get("/api/v1/zoning/ogc/collections")
        .then()
        .statusCode(200)
        .body("collections.id", hasItem(Permits.LAYER_CODE));
    String items = "/api/v1/zoning/ogc/collections/" + Permits.LAYER_CODE + "/items";
    given()
        .queryParam("limit", 2)
        .get(items)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/geo+json"))
        .body("type", equalTo("FeatureCollection"))
        .body("numberMatched", equalTo(3))
        .body("numberReturned", equalTo(2))
        .body("features.id", equalTo(List.of("z1", "z2")))
        .body("features[0].geometry.type", equalTo("Polygon"))
        .body("features[0].properties.zoneCode", equalTo("R-2"))
        .body("links.find { it.rel == 'next' }.href", containsString("offset=2"))
        .body("links.find { it.rel == 'prev' }", nullValue());
    given()
        .queryParam("limit", 2)
        .queryParam("offset", 2)
        .get(items)
        .then()
        .statusCode(200)
        .body("features.id", equalTo(List.of("z3")))
        .body("links.find { it.rel == 'next' }", nullValue())
        .body("links.find { it.rel == 'prev' }.href", containsString("offset=0"));
    // bbox: only the trade zone's envelope lies east of 104.86
    given()
        .queryParam("bbox", "104.86,-3.40,104.95,-3.36")
        .get(items)
        .then()
        .statusCode(200)
        .body("features.id", equalTo(List.of("z2")));
    given()
        .queryParam("bbox", "104.86,-3.40")
        .get(items)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("bbox"));
    given().queryParam("limit", 0).get(items).then().statusCode(400);
    given()
        .get(items + "/z2")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/geo+json"))
        .body("properties.zoneName", containsString("Perdagangan"));
    given().get(items + "/nope").then().statusCode(404);
    given().get("/api/v1/zoning/ogc/collections/NOPE/items").then().statusCode(404);
  }

  @Test
  void theConformityCheckIsPublicAndNamesTheZones() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE),
                "kbli",
                "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("CONFORM"))
        .body("zones.zoneCode", equalTo(List.of("K-1")))
        .body("zones[0].answer", equalTo("I"))
        .body("layers", hasItem(Permits.LAYER_CODE + "@v1"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING),
                "kbli",
                "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("CONFORM_WITH_CONDITIONS"))
        .body("conditions[0]", containsString("parkir"));
    // on the border of housing and trade: both zones
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", List.of(104.85, -3.38)),
                "kbli",
                "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(200)
        .body("zones.featureId", hasItem("z1"))
        .body("zones.featureId", hasItem("z2"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("location", square(104.81, -3.34, 0.01), "kbli", "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("NOT_CONFORM"))
        .body("zones[0].answer", equalTo("X"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE),
                "kbli",
                "5610"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kbli"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE),
                "kbli",
                "01111"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(422)
        .body("type", endsWith("/kbli-unknown"))
        .body("errors[0].field", equalTo("kbli"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location",
                Map.of("type", "Point", "coordinates", List.of(106.5, -3.0)),
                "kbli",
                "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(422)
        .body("type", endsWith("/location-outside-oki"))
        .body("errors[0].field", equalTo("location"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "location", Map.of("type", "Polygon", "coordinates", List.of()), "kbli", "56101"))
        .post("/api/v1/zoning/conformity")
        .then()
        .statusCode(422)
        .body("type", endsWith("/location-invalid"));
  }

  @Test
  void theCatalogueIsPublicData() {
    given()
        .get("/api/v1/permit-types")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("PBG"))
        .body("items.find { it.code == 'PBG' }.locationBound", equalTo(true))
        .body("items.find { it.code == 'PBG' }.requiredDocuments", hasItem("SITE_PLAN"));
    given().get("/api/v1/permit-types/NOPE").then().statusCode(404);
    given()
        .queryParam("kbli", "56101")
        .queryParam("scale", "MIKRO")
        .get("/api/v1/permit-types/business-risk")
        .then()
        .statusCode(200)
        .body("riskLevel", equalTo("RENDAH"))
        .body("requires", equalTo("NIB only"));
    given()
        .queryParam("kbli", "561")
        .queryParam("scale", "MIKRO")
        .get("/api/v1/permit-types/business-risk")
        .then()
        .statusCode(400);
  }
}

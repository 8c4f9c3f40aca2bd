package id.go.okikab.permits;

import static io.restassured.RestAssured.given;

import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test support: tokens, a published demonstration zoning layer at Kayuagung shared by the tests of
 * the JVM, and application steps.
 */
public final class Permits {

  private Permits() {}

  public static final String LAYER_CODE = "RDTR-TEST-KAYUAGUNG";

  /** Points inside the shared layer's zones. */
  public static final List<Double> IN_TRADE = List.of(104.87, -3.38);

  public static final List<Double> IN_HOUSING = List.of(104.82, -3.38);
  public static final List<Double> IN_PROTECTED = List.of(104.82, -3.33);

  public static final String PDF_BYTES = "%PDF-1.4\n% test document\n";

  public static String officer() {
    return TestTokens.user("dpmptsp1").roles("permit-officer").mint();
  }

  public static String bank() {
    return TestTokens.client("payment-provider").roles("payment-provider").mint();
  }

  public static String citizen(String nik) {
    return TestTokens.citizen("warga-" + nik.substring(10), nik).mint();
  }

  /** A NIK-shaped number of a person living in Kayu Agung, unique per call. */
  public static String nik() {
    long serial = ThreadLocalRandom.current().nextLong(1, 10_000);
    int day = ThreadLocalRandom.current().nextInt(1, 28);
    int month = ThreadLocalRandom.current().nextInt(1, 12);
    int year = ThreadLocalRandom.current().nextInt(60, 99);
    return String.format("160205%02d%02d%02d%04d", day, month, year, serial);
  }

  public static String nib() {
    return String.format(
        "%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static RequestSpecification creating(String token) {
    return as(token).header("Idempotency-Key", UUID.randomUUID().toString());
  }

  public static Map<String, Object> square(double x, double y, double d) {
    return Map.of(
        "type",
        "Polygon",
        "coordinates",
        List.of(
            List.of(
                List.of(x, y),
                List.of(x + d, y),
                List.of(x + d, y + d),
                List.of(x, y + d),
                List.of(x, y))));
  }

  public static Map<String, Object> feature(
      String id, String zoneCode, String zoneName, Map<String, Object> geometry) {
    return Map.of(
        "type",
        "Feature",
        "id",
        id,
        "properties",
        Map.of("zoneCode", zoneCode, "zoneName", zoneName),
        "geometry",
        geometry);
  }

  public static Map<String, Object> collection(List<Map<String, Object>> features) {
    return Map.of("type", "FeatureCollection", "features", features);
  }

  public static List<Map<String, Object>> kayuagungFeatures() {
    return List.of(
        feature("z1", "R-2", "Perumahan kepadatan sedang (demo)", square(104.80, -3.40, 0.05)),
        feature("z2", "K-1", "Perdagangan dan jasa (demo)", square(104.85, -3.40, 0.05)),
        feature("z3", "PL", "Perlindungan setempat (demo)", square(104.80, -3.35, 0.05)));
  }

  public static List<Map<String, Object>> kayuagungMatrix() {
    return List.of(
        Map.of("zoneCode", "K-1", "activity", "56", "answer", "I"),
        Map.of("zoneCode", "K-1", "activity", "47", "answer", "I"),
        Map.of("zoneCode", "K-1", "activity", "41", "answer", "I"),
        Map.of(
            "zoneCode",
            "R-2",
            "activity",
            "56101",
            "answer",
            "B",
            "conditions",
            "parkir di dalam persil"),
        Map.of("zoneCode", "R-2", "activity", "41", "answer", "I"),
        Map.of("zoneCode", "PL", "activity", "56", "answer", "X"));
  }

  private static boolean published;

  /** Creates and publishes the shared layer once per JVM. */
  public static synchronized void ensureLayer() {
    if (published) {
      return;
    }
    JsonPath layers =
        as(officer())
            .queryParam("size", 100)
            .get("/api/v1/zoning/layers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    if (!layers.getList("items.findAll { it.code == '" + LAYER_CODE + "' }").isEmpty()) {
      published = true;
      return;
    }
    var created =
        creating(officer())
            .body(
                Map.of(
                    "code",
                    LAYER_CODE,
                    "name",
                    "RDTR Kayuagung (demonstration data, not OKI's legal RDTR)",
                    "planKind",
                    "RDTR",
                    "demonstration",
                    true,
                    "features",
                    collection(kayuagungFeatures()),
                    "matrix",
                    kayuagungMatrix()))
            .post("/api/v1/zoning/layers")
            .then()
            .statusCode(201)
            .extract();
    as(officer())
        .header("If-Match", created.header("ETag"))
        .post("/api/v1/zoning/layers/" + created.path("id") + "/versions/1/publication")
        .then()
        .statusCode(200);
    published = true;
  }

  /** A draft by {@code nik}; returns [id, etag]. */
  public static String[] draft(String nik, Map<String, Object> body) {
    var r =
        creating(citizen(nik))
            .body(body)
            .post("/api/v1/permit-applications")
            .then()
            .statusCode(201)
            .extract();
    return new String[] {r.path("id"), r.header("ETag")};
  }

  public static void upload(String nik, String id, String purpose) {
    given()
        .auth()
        .oauth2(citizen(nik))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .multiPart("purpose", purpose)
        .multiPart("file", purpose.toLowerCase() + ".pdf", PDF_BYTES.getBytes(), "application/pdf")
        .post("/api/v1/permit-applications/" + id + "/documents")
        .then()
        .statusCode(201);
  }

  public static String etag(String token, String id) {
    return as(token)
        .get("/api/v1/permit-applications/" + id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Takes a step expecting {@code status}; returns the response's JSON. */
  public static JsonPath step(String token, String id, Map<String, Object> body, int status) {
    return as(token)
        .header("If-Match", etag(officer(), id))
        .body(body)
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  public static JsonPath step(String token, String id, String action) {
    return step(token, id, Map.of("action", action, "reason", "test"), 200);
  }
}

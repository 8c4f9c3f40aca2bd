package id.go.okikab.health;

import static io.restassured.RestAssured.given;

import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixtures of the health-service tests: tokens, fresh NIKs, and requests that build records. */
public final class Kia {

  public static final ZoneId WIB_ZONE = ZoneId.of("Asia/Jakarta");
  public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  /** bidan1's facility (Kayu Agung) and a desa of Kayu Agung. */
  public static final String FACILITY = "P-160205";

  public static final String DESA = "1602052011";

  /** A facility and desa in another kecamatan (Lempuing). */
  public static final String OTHER_FACILITY = "P-160213";

  public static final String OTHER_DESA = "1602132001";

  private static final AtomicInteger SERIAL =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

  private Kia() {}

  public static LocalDate today() {
    return LocalDate.now(WIB_ZONE);
  }

  /** How the API writes a date-time (ISO-8601 with seconds and offset). */
  public static String iso(OffsetDateTime t) {
    return t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public static OffsetDateTime now() {
    return OffsetDateTime.now(WIB);
  }

  /** A new, valid NIK of a woman of Kayu Agung born in 1995 (unique in the test JVM). */
  public static String motherNik() {
    int serial = SERIAL.incrementAndGet();
    LocalDate born = LocalDate.of(1995, 1, 1).plusDays(serial % 365);
    return Nik.of("160205", born, Sex.FEMALE, 1 + serial % 9999).value();
  }

  /** A new NIK for a child born on {@code born} (unique in the test JVM). */
  public static String childNik(LocalDate born, Sex sex) {
    return Nik.of("160205", born, sex, 1 + SERIAL.incrementAndGet() % 9999).value();
  }

  /** A new, valid NIK of a man. */
  public static String manNik() {
    int serial = SERIAL.incrementAndGet();
    return Nik.of("160205", LocalDate.of(1990, 5, 5), Sex.MALE, 1 + serial % 9999).value();
  }

  public static String officer() {
    return officerOf(FACILITY);
  }

  public static String officerOf(String facility) {
    return TestTokens.user("bidan-" + facility)
        .roles("health-officer")
        .claim("facility", facility)
        .mint();
  }

  public static String citizen(String nik) {
    return TestTokens.citizen("warga-" + nik.substring(12), nik).mint();
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static Map<String, Object> registration(String nik, LocalDate hpht) {
    return Map.of(
        "motherNik",
        nik,
        "desaCode",
        DESA,
        "hpht",
        hpht.toString(),
        "gravida",
        2,
        "parity",
        1,
        "kohortNumber",
        "KB-2025/001");
  }

  /** Registers a pregnancy of a new mother with HPHT {@code daysAgo} days ago; returns it. */
  public static JsonPath registered(String nik, int daysAgo) {
    return as(officer())
        .body(registration(nik, today().minusDays(daysAgo)))
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** The ETag of a pregnancy as its officer reads it: the {@code If-Match} of its next change. */
  public static String etag(String pregnancyId) {
    return as(officer())
        .get("/api/v1/pregnancies/" + pregnancyId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public static Map<String, Object> baby(OffsetDateTime bornAt, String outcome, String sex) {
    return Map.of(
        "bornAt",
        bornAt.toString(),
        "outcome",
        outcome,
        "sex",
        sex,
        "weightGrams",
        3100,
        "lengthMillimetres",
        495);
  }

  public static Map<String, Object> delivery(Map<String, Object>... babies) {
    return Map.of(
        "babies", java.util.List.of(babies),
        "place", "HEALTH_FACILITY",
        "attendant", "MIDWIFE");
  }

  /**
   * A mother whose baby girl was born {@code daysAgo} days ago (at 08:00 WIB) after 38 weeks;
   * returns the delivery.
   */
  public static JsonPath delivered(String nik, int daysAgo) {
    if (daysAgo > 40) {
      throw new IllegalArgumentException("HPHT can be at most 44 weeks back: births up to 40 days");
    }
    String pregnancy = registered(nik, 266 + daysAgo).getString("id");
    return as(officer())
        .body(
            delivery(
                baby(
                    today().minusDays(daysAgo).atTime(8, 0).atOffset(WIB), "LIVE_BIRTH", "FEMALE")))
        .header("If-Match", etag(pregnancy))
        .post("/api/v1/pregnancies/" + pregnancy + "/delivery")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}

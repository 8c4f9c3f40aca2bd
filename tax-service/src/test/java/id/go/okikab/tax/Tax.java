package id.go.okikab.tax;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** Tokens, identifiers and the common steps of the tax service's tests. */
public final class Tax {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** A desa of Kayu Agung; NOP kecamatan 050 / desa 012 map to it (V1's mapping). */
  public static final String DESA = "1602052011";

  private static final AtomicInteger SERIAL =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 4000));
  private static final int BLOCK = ThreadLocalRandom.current().nextInt(100, 999);

  private Tax() {}

  public static LocalDate today() {
    return LocalDate.now(WIB);
  }

  /** The {@code sub} of {@link #officer()}'s token. */
  public static final String OFFICER_SUB = "bapenda1-sub";

  public static String officer() {
    return TestTokens.user("bapenda1").roles("tax-officer").claim("sub", OFFICER_SUB).mint();
  }

  public static String operator() {
    return TestTokens.user("operator1").roles("operator").mint();
  }

  public static String bank() {
    return TestTokens.client("bank-sumsel").roles("payment-provider").mint();
  }

  public static String citizen(String nik) {
    return TestTokens.citizen("warga-" + nik.substring(12), nik).mint();
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  /** A new, valid NIK (unique in the test JVM). */
  public static String nik() {
    int serial = SERIAL.incrementAndGet();
    return Nik.of("160205", LocalDate.of(1980, 1, 1).plusDays(serial % 3000), Sex.MALE, serial)
        .value();
  }

  /** A new 13-digit NIB. */
  public static String nib() {
    return String.format("91%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
  }

  /** A new NOP of desa 050.012 (Kijang Ulu), formatted. */
  public static String nop() {
    return String.format("16.02.050.012.%03d-%04d.0", BLOCK, SERIAL.incrementAndGet() % 9999 + 1);
  }

  public static Map<String, Object> person(String nik, String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", "PERSON");
    m.put("nik", nik);
    m.put("name", name);
    m.put("address", "Jl. Letnan Muchtar Saleh");
    m.put("desaCode", DESA);
    return m;
  }

  /** Registers a person; returns the taxpayer. */
  public static JsonPath registered(String nik, String name) {
    return as(officer())
        .body(person(nik, name))
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  public static Map<String, Object> object(
      String nop, String taxpayerId, long land, long landValue, long building, long buildingValue) {
    Map<String, Object> m = new HashMap<>();
    m.put("nop", nop);
    m.put("taxpayerId", taxpayerId);
    m.put("landArea", land);
    m.put("landValuePerM2", landValue);
    m.put("buildingArea", building);
    m.put("buildingValuePerM2", buildingValue);
    return m;
  }

  /** Registers an object; returns its id. */
  public static String objectOf(
      String taxpayerId, long land, long landValue, long building, long buildingValue) {
    return as(officer())
        .body(object(nop(), taxpayerId, land, landValue, building, buildingValue))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Runs the SPPT batch of {@code year} to its end; returns the run. */
  public static JsonPath runBatch(int year) {
    String id =
        as(officer())
            .body(Map.of("taxYear", year))
            .post("/api/v1/assessment-runs")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () ->
                "DONE"
                    .equals(
                        as(officer())
                            .get("/api/v1/assessment-runs/" + id)
                            .then()
                            .extract()
                            .path("status")));
    return as(officer()).get("/api/v1/assessment-runs/" + id).then().extract().jsonPath();
  }

  /** The bills of a taxpayer. */
  public static List<Map<String, Object>> bills(String taxpayerId) {
    return as(officer())
        .queryParam("taxpayerId", taxpayerId)
        .get("/api/v1/bills")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** A new person with one object (NJOP Rp135,000,000) assessed for {@code year}: its bill. */
  public static Map<String, Object> billFor(String nik, int year) {
    String taxpayer = registered(nik, "Siti Aminah").getString("id");
    objectOf(taxpayer, 200, 150_000, 70, 1_500_000);
    runBatch(year);
    List<Map<String, Object>> bills = bills(taxpayer);
    assertThat(bills).hasSize(1);
    return bills.get(0);
  }

  public static Map<String, Object> payment(
      String billingCode, long amount, String reference, String paidAt) {
    return Map.of(
        "billingCode",
        billingCode,
        "amount",
        amount,
        "reference",
        reference,
        "paidAt",
        paidAt,
        "channel",
        "TELLER");
  }

  public static String reference() {
    return "NTPD-" + UUID.randomUUID().toString().substring(0, 18);
  }
}

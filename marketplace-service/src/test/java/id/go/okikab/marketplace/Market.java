package id.go.okikab.marketplace;

import static io.restassured.RestAssured.given;

import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Shared fixtures of the marketplace's API tests: people, shops, products, orders. */
public final class Market {

  /** Kayu Agung's desa 16.02.05.2011. */
  public static final String DESA = "1602052011";

  public static final String ADMIN = TestTokens.user("koperasi1").roles("marketplace-admin").mint();
  public static final String BANK =
      TestTokens.client("payment-provider").roles("payment-provider").mint();
  public static final String OFFICER = TestTokens.user("bidan1").roles("health-officer").mint();

  private Market() {}

  /** A person's NIK (16 digits, unique per call). */
  public static String nik() {
    return "160205" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
  }

  /** A NIB (13 digits, unique per call). */
  public static String nib() {
    return String.format(
        "%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
  }

  /** A merchant (the realm roles merchant and citizen) with their NIK. */
  public record Person(String username, String nik, String token) {}

  public static Person merchant() {
    String name = "umkm-" + UUID.randomUUID();
    String nik = nik();
    return new Person(
        name, nik, TestTokens.user(name).roles("merchant", "citizen").nik(nik).mint());
  }

  public static Person buyer() {
    String name = "warga-" + UUID.randomUUID();
    String nik = nik();
    return new Person(name, nik, TestTokens.citizen(name, nik).mint());
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static RequestSpecification create(String token) {
    return as(token).header("Idempotency-Key", UUID.randomUUID().toString());
  }

  public static Map<String, Object> shop(String nib, boolean ready) {
    var m = new java.util.HashMap<String, Object>();
    m.put("businessName", "Rumah Makan Pindang Patin");
    m.put("nib", nib);
    m.put("kbli", List.of("56101"));
    m.put("declaredCapital", 150_000_000L);
    m.put("desaCode", DESA);
    m.put("postalCode", "30611");
    if (ready) {
      m.put("qrisNmid", "ID1024000000001");
      m.put("returnPolicy", "Pesanan yang tidak sesuai dapat dikembalikan dalam 2 hari.");
    }
    return m;
  }

  /** A shop registered by {@code owner}; answers its JSON. */
  public static JsonPath register(Person owner, String nib, boolean ready) {
    return create(owner.token())
        .body(shop(nib, ready))
        .post("/api/v1/merchants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A verified shop of {@code owner} (verified by the admin); its id. */
  public static String verifiedShop(Person owner) {
    JsonPath shop = register(owner, nib(), true);
    String id = shop.getString("id");
    create(ADMIN)
        .header("If-Match", "\"" + shop.getLong("version") + "\"")
        .body(Map.of("reason", "dokumen diperiksa"))
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(200);
    return id;
  }

  /** A product of a shop; its id. */
  public static String product(
      Person owner, String merchantId, String name, long price, int stock, String category) {
    return create(owner.token())
        .body(
            Map.of(
                "merchantId", merchantId,
                "name", name,
                "description", "Produk UMKM OKI",
                "category", category,
                "price", price,
                "stock", stock,
                "unit", "bungkus"))
        .post("/api/v1/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static JsonPath order(Person buyer, String productId, int qty) {
    return create(buyer.token())
        .body(Map.of("lines", List.of(Map.of("productId", productId, "quantity", qty))))
        .post("/api/v1/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** Now, at microsecond precision (what PostgreSQL keeps). */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MICROS);
  }

  public static Map<String, Object> payment(
      String code, long amount, String reference, OffsetDateTime at) {
    return Map.of(
        "billingCode",
        code,
        "amount",
        amount,
        "reference",
        reference,
        "paidAt",
        at.toString(),
        "channel",
        "QRIS");
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}

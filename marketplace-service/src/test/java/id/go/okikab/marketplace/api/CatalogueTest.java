package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public catalogue: FTS + trigram similarity, filters, sorting, only what is for sale. */
@QuarkusTest
class CatalogueTest {

  @Test
  void spellingVariantsAndTyposFindTheProduct() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String tag = "Zq" + System.nanoTime();
    String keripik = product(owner, shop, "Keripik Pisang " + tag, 15_000, 5, "MAKANAN_KEMASAN");
    product(owner, shop, "Kerupuk Kemplang " + tag, 20_000, 5, "MAKANAN_KEMASAN");
    // "kripik" (common spelling) finds "Keripik"
    given()
        .queryParam("q", "kripik pisang")
        .get("/api/v1/products")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(keripik));
    // accents and case are ignored
    given()
        .queryParam("q", "KÉRIPIK " + tag)
        .get("/api/v1/products")
        .then()
        .body("items[0].id", equalTo(keripik));
    // full text on the exact word
    given().queryParam("q", tag).get("/api/v1/products").then().body("totalItems", equalTo(2));
  }

  @Test
  void filtersAndSorting() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String tag = "Yx" + System.nanoTime();
    String cheap = product(owner, shop, "Tikar Purun " + tag, 35_000, 3, "KERAJINAN");
    String dear = product(owner, shop, "Songket Tenun " + tag, 1_500_000, 1, "KERAJINAN");
    product(owner, shop, "Pempek Kapal Selam " + tag, 12_000, 0, "MAKANAN_SIAP_SAJI"); // no stock
    given()
        .queryParam("q", tag)
        .queryParam("sort", "price_asc")
        .get("/api/v1/products")
        .then()
        .statusCode(200)
        .body("items.id", contains(cheap, dear));
    given()
        .queryParam("q", tag)
        .queryParam("sort", "price_desc")
        .queryParam("maxPrice", 2_000_000)
        .queryParam("minPrice", 40_000)
        .get("/api/v1/products")
        .then()
        .body("items.id", contains(dear));
    given()
        .queryParam("q", tag)
        .queryParam("kecamatan", "160213")
        .get("/api/v1/products")
        .then()
        .body("totalItems", equalTo(0));
    given()
        .queryParam("q", tag)
        .queryParam("kecamatan", "160205")
        .queryParam("category", "KERAJINAN")
        .get("/api/v1/products")
        .then()
        .body("totalItems", equalTo(2))
        .body("items[0].merchantName", equalTo("Rumah Makan Pindang Patin"));
  }

  @Test
  void onlyVerifiedShopsActiveProductsAreListed() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String tag = "Wv" + System.nanoTime();
    String p = product(owner, shop, "Madu Hutan " + tag, 80_000, 4, "HASIL_PERTANIAN");
    given().queryParam("q", tag).get("/api/v1/products").then().body("totalItems", equalTo(1));
    // the shop suspended: gone from the catalogue and the product page
    long v =
        as(ADMIN).get("/api/v1/merchants/" + shop).then().extract().jsonPath().getLong("version");
    create(ADMIN)
        .header("If-Match", etag(v))
        .body(Map.of("reason", "pemeriksaan"))
        .post("/api/v1/merchants/" + shop + "/suspension")
        .then()
        .statusCode(200);
    given().queryParam("q", tag).get("/api/v1/products").then().body("totalItems", equalTo(0));
    given().get("/api/v1/products/" + p).then().statusCode(404);
    as(owner.token()).get("/api/v1/products/" + p).then().statusCode(200);
  }

  @Test
  void badSearchParameters() {
    given().queryParam("sort", "cheapest").get("/api/v1/products").then().statusCode(400);
    given().queryParam("minPrice", -1).get("/api/v1/products").then().statusCode(400);
    given()
        .queryParam("minPrice", 10)
        .queryParam("maxPrice", 5)
        .get("/api/v1/products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("minPrice"));
    given().queryParam("kecamatan", "317101").get("/api/v1/products").then().statusCode(400);
    given().queryParam("size", 1000).get("/api/v1/products").then().statusCode(400);
    given()
        .get("/api/v1/products/categories")
        .then()
        .statusCode(200)
        .body("code", hasItem("MAKANAN_SIAP_SAJI"));
  }
}

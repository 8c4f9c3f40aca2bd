package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductApiTest {

  private static Map<String, Object> update(long price, String status) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", "Kopi Bubuk Pedamaran");
    m.put("category", "MAKANAN_KEMASAN");
    m.put("price", price);
    m.put("unit", "bungkus");
    m.put("status", status);
    return m;
  }

  @Test
  void priceChangesKeepHistoryAndStockMovesNeverGoBelowZero() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String id = product(owner, shop, "Kopi Bubuk", 25_000, 10, "MAKANAN_KEMASAN");
    long v =
        given()
            .get("/api/v1/products/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(owner.token())
        .body(update(27_500, "ACTIVE"))
        .put("/api/v1/products/" + id)
        .then()
        .statusCode(428);
    as(owner.token())
        .header("If-Match", etag(v))
        .body(update(27_500, "ACTIVE"))
        .put("/api/v1/products/" + id)
        .then()
        .statusCode(200)
        .body("price", equalTo(27500))
        .body("stock", equalTo(10));
    given()
        .get("/api/v1/products/" + id + "/prices")
        .then()
        .body("newPrice", contains(25000, 27500))
        .body("oldPrice", contains(null, 25000));
    create(owner.token())
        .body(Map.of("delta", -11, "reason", "CORRECTION"))
        .post("/api/v1/products/" + id + "/stock-adjustments")
        .then()
        .statusCode(422)
        .body("type", endsWith("stock-negative"));
    create(owner.token())
        .body(Map.of("delta", 5, "reason", "RESTOCK"))
        .post("/api/v1/products/" + id + "/stock-adjustments")
        .then()
        .statusCode(201)
        .body("stock", equalTo(15));
    create(merchant().token())
        .body(Map.of("delta", 5, "reason", "RESTOCK"))
        .post("/api/v1/products/" + id + "/stock-adjustments")
        .then()
        .statusCode(403);
  }

  @Test
  void badProducts() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    Map<String, Object> p = new HashMap<>();
    p.put("merchantId", shop);
    p.put("name", "Gula Aren");
    p.put("category", "MAKANAN_KEMASAN");
    p.put("unit", "kg");
    p.put("stock", 1);
    p.put("price", -100);
    create(owner.token())
        .body(p)
        .post("/api/v1/products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price"));
    p.put("price", 12.5);
    create(owner.token()).body(p).post("/api/v1/products").then().statusCode(400);
    p.put("price", 12_000);
    p.put("stock", -1);
    create(owner.token())
        .body(p)
        .post("/api/v1/products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("stock"));
    p.put("stock", 1);
    p.put("category", "SENJATA");
    create(owner.token())
        .body(p)
        .post("/api/v1/products")
        .then()
        .statusCode(422)
        .body("type", endsWith("category-unknown"));
    p.put("category", "MAKANAN_KEMASAN");
    p.put("halalCertificateNo", "ID00410000123450824");
    create(owner.token())
        .body(p)
        .post("/api/v1/products")
        .then()
        .statusCode(422)
        .body("type", endsWith("halal-certificate-incomplete"));
    p.remove("halalCertificateNo");
    // someone else's shop, a pending shop
    create(merchant().token()).body(p).post("/api/v1/products").then().statusCode(403);
    Person other = merchant();
    String pending = register(other, nib(), true).getString("id");
    p.put("merchantId", pending);
    create(other.token())
        .body(p)
        .post("/api/v1/products")
        .then()
        .statusCode(422)
        .body("type", endsWith("merchant-not-verified"));
    given().contentType("application/json").body(p).post("/api/v1/products").then().statusCode(401);
  }
}

package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import id.go.okikab.marketplace.Market;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MerchantApiTest {

  @Test
  void aShopOpensPendingWithItsMsmeClassAndIsVerifiedByTheAdmin() {
    Person owner = merchant();
    var shop = register(owner, nib(), true);
    String id = shop.getString("id");
    org.assertj.core.api.Assertions.assertThat(shop.getString("status")).isEqualTo("PENDING");
    org.assertj.core.api.Assertions.assertThat(shop.getString("msmeClass")).isEqualTo("MIKRO");
    org.assertj.core.api.Assertions.assertThat(shop.getString("kecamatanName"))
        .isEqualTo("Kayu Agung");
    // not yet public
    given().get("/api/v1/merchants/" + id).then().statusCode(404);
    // the admin verifies: If-Match required, then stale refused
    create(ADMIN)
        .body(Map.of("reason", "ok"))
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(428);
    create(ADMIN)
        .header("If-Match", "\"99\"")
        .body(Map.of("reason", "ok"))
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(412);
    create(ADMIN)
        .header("If-Match", etag(shop.getLong("version")))
        .body(Map.of())
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    create(owner.token())
        .header("If-Match", etag(shop.getLong("version")))
        .body(Map.of("reason", "saya sendiri"))
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(403);
    create(ADMIN)
        .header("If-Match", etag(shop.getLong("version")))
        .body(Map.of("reason", "dokumen diperiksa"))
        .post("/api/v1/merchants/" + id + "/verification")
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("verifiedVia", equalTo("ADMIN"))
        .body("history.to", contains("PENDING", "VERIFIED"))
        .body("history[1].reason", equalTo("dokumen diperiksa"));
    // public now, without its history
    given()
        .get("/api/v1/merchants/" + id)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("returnPolicy", startsWith("Pesanan"))
        .body("history", empty());
  }

  @Test
  void verificationNeedsTheReturnPolicy() {
    var shop = register(merchant(), nib(), false);
    create(ADMIN)
        .header("If-Match", etag(shop.getLong("version")))
        .body(Map.of("reason", "ok"))
        .post("/api/v1/merchants/" + shop.getString("id") + "/verification")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("return-policy-required"));
  }

  @Test
  void theClassComesFromTurnoverWhenDeclared() {
    var body = Market.shop(nib(), true);
    body.put("annualTurnover", 20_000_000_000L);
    create(merchant().token())
        .body(body)
        .post("/api/v1/merchants")
        .then()
        .statusCode(201)
        .body("msmeClass", equalTo("MENENGAH"));
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    Person owner = merchant();
    var bad = Market.shop("12345", true);
    create(owner.token())
        .body(bad)
        .post("/api/v1/merchants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("nib"));
    var badKbli = Market.shop(nib(), true);
    badKbli.put("kbli", List.of("5610"));
    create(owner.token()).body(badKbli).post("/api/v1/merchants").then().statusCode(400);
    var outside = Market.shop(nib(), true);
    outside.put("desaCode", "1671012001");
    create(owner.token())
        .body(outside)
        .post("/api/v1/merchants")
        .then()
        .statusCode(422)
        .body("type", endsWith("desa-outside-oki"));
    var noBasis = Market.shop(nib(), true);
    noBasis.remove("declaredCapital");
    create(owner.token())
        .body(noBasis)
        .post("/api/v1/merchants")
        .then()
        .statusCode(422)
        .body("type", endsWith("msme-basis-missing"));
    var negative = Market.shop(nib(), true);
    negative.put("declaredCapital", -5);
    create(owner.token()).body(negative).post("/api/v1/merchants").then().statusCode(400);
  }

  @Test
  void oneOpenShopPerNib() {
    String nib = nib();
    register(merchant(), nib, true);
    create(merchant().token())
        .body(Market.shop(nib, true))
        .post("/api/v1/merchants")
        .then()
        .statusCode(409);
  }

  @Test
  void rolesAndOwnership() {
    given()
        .contentType("application/json")
        .body(Market.shop(nib(), true))
        .post("/api/v1/merchants")
        .then()
        .statusCode(401);
    create(OFFICER).body(Market.shop(nib(), true)).post("/api/v1/merchants").then().statusCode(403);
    Person owner = merchant();
    var shop = register(owner, nib(), false);
    String id = shop.getString("id");
    // someone else may not change it
    as(merchant().token())
        .header("If-Match", etag(shop.getLong("version")))
        .body(Map.of("returnPolicy", "x"))
        .put("/api/v1/merchants/" + id)
        .then()
        .statusCode(403);
    // the owner lists their own shops only
    as(owner.token())
        .get("/api/v1/merchants")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(id));
    as(ADMIN)
        .get("/api/v1/merchants?status=PENDING")
        .then()
        .statusCode(200)
        .body("totalItems", greaterThanOrEqualTo(1));
    as(owner.token()).get("/api/v1/merchants/statistics").then().statusCode(403);
    as(ADMIN).get("/api/v1/merchants/00000000-0000-0000-0000-000000000000").then().statusCode(404);
  }

  @Test
  void theAdminSuspendsAndTheOwnerCloses() {
    Person owner = merchant();
    String id = verifiedShop(owner);
    long v =
        as(ADMIN).get("/api/v1/merchants/" + id).then().extract().jsonPath().getLong("version");
    long v2 =
        create(ADMIN)
            .header("If-Match", etag(v))
            .body(Map.of("reason", "keluhan konsumen"))
            .post("/api/v1/merchants/" + id + "/suspension")
            .then()
            .statusCode(200)
            .body("status", equalTo("SUSPENDED"))
            .extract()
            .jsonPath()
            .getLong("version");
    create(owner.token())
        .header("If-Match", etag(v2))
        .body(Map.of("reason", "tutup usaha"))
        .post("/api/v1/merchants/" + id + "/closure")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
  }
}

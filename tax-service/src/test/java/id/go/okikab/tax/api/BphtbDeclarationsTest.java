package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.okikab.tax.Tax;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BPHTB: the sale and inheritance examples of §3.3, NPOPTKP once, officer validation. */
@QuarkusTest
class BphtbDeclarationsTest {

  private static Map<String, Object> declaration(
      String taxpayer, String object, String acquisition, Long value) {
    Map<String, Object> m = new HashMap<>();
    m.put("taxpayerId", taxpayer);
    m.put("taxObjectId", object);
    m.put("acquisition", acquisition);
    m.put("acquiredOn", Tax.today().minusDays(3).toString());
    m.put("transactionValue", value);
    return m;
  }

  @Test
  void saleAndInheritanceExamples() {
    String nik = Tax.nik();
    String buyer = Tax.registered(nik, "Hendra").getString("id");
    // NJOP 400,000,000 (land 1,000 m² × 400,000)
    String sold = Tax.objectOf(buyer, 1_000, 400_000, 0, 0);
    var declared =
        as(Tax.citizen(nik))
            .body(declaration(buyer, sold, "SALE", 450_000_000L))
            .post("/api/v1/bphtb-declarations")
            .then()
            .statusCode(201)
            .body("npop", equalTo(450_000_000))
            .body("npoptkp", equalTo(80_000_000))
            .body("amount", equalTo(18_500_000))
            .body("status", equalTo("DECLARED"))
            .extract();
    // a second sale: the first-acquisition NPOPTKP is used up
    as(Tax.officer())
        .body(declaration(buyer, sold, "SALE", 100_000_000L))
        .post("/api/v1/bphtb-declarations")
        .then()
        .statusCode(201)
        .body("npop", equalTo(400_000_000))
        .body("npoptkp", equalTo(0))
        .body("amount", equalTo(20_000_000));
    // inheritance, NJOP 500,000,000, no price
    String inherited = Tax.objectOf(buyer, 1_000, 500_000, 0, 0);
    as(Tax.officer())
        .body(declaration(buyer, inherited, "INHERITANCE", null))
        .post("/api/v1/bphtb-declarations")
        .then()
        .statusCode(201)
        .body("amount", equalTo(10_000_000));

    String id = declared.path("id");
    as(Tax.officer())
        .post("/api/v1/bphtb-declarations/" + id + "/validation")
        .then()
        .statusCode(428);
    as(Tax.citizen(nik))
        .header("If-Match", declared.header("ETag"))
        .post("/api/v1/bphtb-declarations/" + id + "/validation")
        .then()
        .statusCode(403);
    as(Tax.officer())
        .header("If-Match", declared.header("ETag"))
        .post("/api/v1/bphtb-declarations/" + id + "/validation")
        .then()
        .statusCode(200)
        .body("status", equalTo("VALIDATED"));

    Map<String, Object> future = declaration(buyer, sold, "SALE", 1L);
    future.put("acquiredOn", Tax.today().plusDays(1).toString());
    as(Tax.officer())
        .body(future)
        .post("/api/v1/bphtb-declarations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("acquiredOn"));
    as(Tax.citizen(Tax.nik()))
        .body(declaration(buyer, sold, "SALE", 1L))
        .post("/api/v1/bphtb-declarations")
        .then()
        .statusCode(404);
  }
}

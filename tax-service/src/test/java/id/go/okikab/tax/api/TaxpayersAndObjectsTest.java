package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.tax.Tax;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Taxpayers (NPWPD, NIK only here, NIB) and tax objects (NOP validation and mapping). */
@QuarkusTest
class TaxpayersAndObjectsTest {

  @Inject SubjectRefs subjectRefs;

  @Test
  void aPersonIsRegisteredWithAnNpwpdAndNoNikInTheAnswer() {
    String nik = Tax.nik();
    as(Tax.officer())
        .body(Tax.person(nik, "Budi Santoso"))
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/v1/taxpayers/[0-9a-f-]{36}"))
        .header("ETag", equalTo("\"0\""))
        .body("npwpd", matchesPattern("P\\.1\\.\\d{7}\\.05\\.2011"))
        .body("subjectRef", equalTo(subjectRefs.of(nik)))
        .body("nik", nullValue())
        .body("kind", equalTo("PERSON"));
    // the same NIK again
    as(Tax.officer())
        .body(Tax.person(nik, "Budi Santoso"))
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(409);
  }

  @Test
  void badTaxpayersAreRefusedNamingTheField() {
    Map<String, Object> badNik = Tax.person("1602059999990000", "X");
    as(Tax.officer())
        .body(badNik)
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("nik"));
    Map<String, Object> business = Tax.person(null, "Warung Pindang");
    business.put("kind", "BUSINESS");
    as(Tax.officer())
        .body(business)
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("nib"));
    business.put("nib", "123");
    as(Tax.officer())
        .body(business)
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("nib"));
    Map<String, Object> outside = Tax.person(Tax.nik(), "Y");
    outside.put("desaCode", "1671012001");
    as(Tax.officer())
        .body(outside)
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/desa-outside-oki"));
  }

  @Test
  void aBusinessHasItsNibAndItsOwnerSeesIt() {
    String owner = Tax.nik();
    String nib = Tax.nib();
    Map<String, Object> business = Tax.person(null, "RM Pindang Meranjat");
    business.put("kind", "BUSINESS");
    business.put("nib", nib);
    business.put("ownerNik", owner);
    String id =
        as(Tax.officer())
            .body(business)
            .post("/api/v1/taxpayers")
            .then()
            .statusCode(201)
            .body("npwpd", matchesPattern("B\\.1\\..*"))
            .body("nib", equalTo(nib))
            .extract()
            .path("id");
    as(Tax.citizen(owner))
        .get("/api/v1/taxpayers")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    as(Tax.officer())
        .queryParam("nib", nib)
        .get("/api/v1/taxpayers")
        .then()
        .body("items[0].id", equalTo(id));
  }

  @Test
  void whoMayReadAndRegister() {
    String nik = Tax.nik();
    String id = Tax.registered(nik, "Rina Wati").getString("id");
    given().get("/api/v1/taxpayers/" + id).then().statusCode(401);
    as(Tax.citizen(nik)).get("/api/v1/taxpayers/" + id).then().statusCode(200);
    as(Tax.citizen(Tax.nik())).get("/api/v1/taxpayers/" + id).then().statusCode(404);
    as(Tax.operator()).get("/api/v1/taxpayers/" + id).then().statusCode(200);
    as(Tax.citizen(nik))
        .body(Tax.person(Tax.nik(), "Z"))
        .post("/api/v1/taxpayers")
        .then()
        .statusCode(403);
    as(Tax.bank()).get("/api/v1/taxpayers/" + id).then().statusCode(403);
    as(Tax.officer())
        .get("/api/v1/taxpayers/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  void anHeirNeedsIfMatchAndADeceasedTaxpayer() {
    String id = Tax.registered(Tax.nik(), "Ahmad").getString("id");
    Map<String, Object> heir = Map.of("heirNik", Tax.nik(), "heirName", "Ani");
    as(Tax.officer()).body(heir).post("/api/v1/taxpayers/" + id + "/heir").then().statusCode(428);
    as(Tax.officer())
        .header("If-Match", "\"7\"")
        .body(heir)
        .post("/api/v1/taxpayers/" + id + "/heir")
        .then()
        .statusCode(412);
    as(Tax.officer())
        .header("If-Match", "\"0\"")
        .body(heir)
        .post("/api/v1/taxpayers/" + id + "/heir")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/taxpayer-not-deceased"));
  }

  @Test
  void objectsAreValidatedAndMapped() {
    String taxpayer = Tax.registered(Tax.nik(), "Dewi").getString("id");
    String nop = Tax.nop();
    as(Tax.officer())
        .body(Tax.object(nop, taxpayer, 200, 150_000, 70, 1_500_000))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(201)
        .body("nopFormatted", equalTo(nop))
        .body("desaCode", equalTo(Tax.DESA))
        .body("njop", equalTo(135_000_000))
        .body("id", notNullValue());
    as(Tax.officer())
        .body(Tax.object(nop, taxpayer, 200, 150_000, 70, 1_500_000))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(409);
    as(Tax.officer())
        .body(Tax.object("16.02.050.012.001-0001", taxpayer, 200, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("nop"));
    as(Tax.officer())
        .body(Tax.object("16.01.050.012.001-0001.0", taxpayer, 200, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/nop-outside-oki"));
    as(Tax.officer())
        .body(Tax.object("16.02.999.001.001-0001.0", taxpayer, 200, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/nop-region-unknown"));
    as(Tax.officer())
        .body(Tax.object(Tax.nop(), taxpayer, -5, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("landArea"));
    as(Tax.officer())
        .body(Tax.object(Tax.nop(), "00000000-0000-0000-0000-000000000000", 5, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/unknown-taxpayer"));
    as(Tax.citizen(Tax.nik()))
        .body(Tax.object(Tax.nop(), taxpayer, 5, 1, 0, 0))
        .post("/api/v1/tax-objects")
        .then()
        .statusCode(403);
  }
}

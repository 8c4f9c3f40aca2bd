package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.tax.Tax;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets with history, realisation against them, bank reconciliation (JSON and CSV). */
@QuarkusTest
class RevenueTest {

  @Test
  void targetsRealisationAndReconciliation() {
    // payments of 2023 only come from this test (bills of 2027, paid "in 2023" by the bank)
    Map<String, Object> bill = Tax.billFor(Tax.nik(), 2027);
    String code = (String) bill.get("billingCode");
    String ref = Tax.reference();
    as(Tax.bank())
        .body(Tax.payment(code, 100_000, ref, "2023-03-10T10:00:00+07:00"))
        .post("/api/v1/payments")
        .then()
        .statusCode(201);
    String ref2 = Tax.reference();
    as(Tax.bank())
        .body(Tax.payment(code, 25_000, ref2, "2023-03-11T10:00:00+07:00"))
        .post("/api/v1/payments")
        .then()
        .statusCode(201);

    String etag =
        as(Tax.officer())
            .body(Map.of("target", 500_000))
            .put("/api/v1/revenue/targets/2023/PBB_P2")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(Tax.officer())
        .body(Map.of("target", 250_000))
        .put("/api/v1/revenue/targets/2023/PBB_P2")
        .then()
        .statusCode(428);
    as(Tax.officer())
        .header("If-Match", etag)
        .body(Map.of("target", 250_000))
        .put("/api/v1/revenue/targets/2023/PBB_P2")
        .then()
        .statusCode(200);
    as(Tax.officer())
        .body(Map.of("target", 1))
        .put("/api/v1/revenue/targets/2023/PAJAK_BEBAS")
        .then()
        .statusCode(400);
    as(Tax.citizen(Tax.nik()))
        .body(Map.of("target", 1))
        .put("/api/v1/revenue/targets/2023/PBB_P2")
        .then()
        .statusCode(403);
    as(Tax.officer())
        .get("/api/v1/revenue/targets/2023/PBB_P2/history")
        .then()
        .body("target", equalTo(List.of(500_000, 250_000)));

    JsonPath r =
        as(Tax.operator())
            .queryParam("year", 2023)
            .get("/api/v1/revenue/realisation")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getLong("realised")).isEqualTo(125_000);
    assertThat(r.getLong("byMonth.'2023-03'")).isEqualTo(125_000);
    assertThat(r.getLong("byKecamatan.'160205'")).isEqualTo(125_000);
    assertThat(r.getDouble("byTaxType.find { it.taxType == 'PBB_P2' }.percent")).isEqualTo(50.0);

    as(Tax.officer())
        .body(
            Map.of(
                "lines",
                List.of(
                    Map.of("reference", ref, "amount", 100_000, "date", "2023-03-10"),
                    Map.of("reference", "BANK-ONLY-1", "amount", 5_000, "date", "2023-03-11"))))
        .post("/api/v1/revenue/reconciliations")
        .then()
        .statusCode(200)
        .body("matched", equalTo(1))
        .body("unknownInSystem[0].reference", equalTo("BANK-ONLY-1"))
        .body("missingInBank.reference", equalTo(List.of(ref2)));
    as(Tax.officer())
        .contentType("text/csv")
        .body(
            "reference,amount,date\n" + ref + ",99000,2023-03-10\n" + ref2 + ",25000,2023-03-11\n")
        .post("/api/v1/revenue/reconciliations")
        .then()
        .statusCode(200)
        .body("matched", equalTo(1))
        .body("amountMismatch[0].recordedAmount", equalTo(100_000));
    as(Tax.officer())
        .contentType("text/csv")
        .body("x;y\n")
        .post("/api/v1/revenue/reconciliations")
        .then()
        .statusCode(400);
  }
}

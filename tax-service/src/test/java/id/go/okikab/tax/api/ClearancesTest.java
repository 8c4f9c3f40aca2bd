package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.TopicProbe;
import id.go.okikab.tax.Tax;
import id.go.okikab.tax.service.OverdueSweep;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The overdue sweep (BillOverdue once), a clearance refused in arrears and issued when clear
 * (TaxClearanceIssued), its public verification, and the citizen's own summary.
 */
@QuarkusTest
class ClearancesTest {

  @Inject OverdueSweep sweep;
  @Inject SubjectRefs subjectRefs;

  @Test
  void arrearsBlockTheClearanceUntilPaid() {
    String nik = Tax.nik();
    Map<String, Object> bill = Tax.billFor(nik, 2024); // due 30 Sep 2024: overdue today
    String taxpayer = (String) bill.get("taxpayerId");
    assertThat(sweep.sweep()).isGreaterThan(0);
    assertThat(sweep.sweep()).isZero();
    as(Tax.officer())
        .get("/api/v1/bills/" + bill.get("id"))
        .then()
        .body("status", equalTo("OVERDUE"))
        .body("interestToday", equalTo(30_000)); // 24 months at most: 24% of 125,000

    try (TopicProbe probe = TopicProbe.of("tax.bill.v1")) {
      var overdue =
          probe.await(
              r ->
                  r.value().contains((String) bill.get("id"))
                      && TopicProbe.header(r, "ce_type").contains(".BillOverdue."),
              1,
              Duration.ofSeconds(30));
      assertThat(overdue.get(0).value())
          .contains(subjectRefs.of(nik))
          .contains("\"overdueSince\":\"2024-10-01\"")
          .doesNotContain(nik);
    }

    // the citizen's summary shows the arrears
    as(Tax.citizen(nik))
        .get("/api/v1/me/tax-summary")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("inArrears", equalTo(true))
        .body("records[0].overdueBills", equalTo(1))
        .body("amountDueToday", equalTo(155_000));

    as(Tax.citizen(nik))
        .body(Map.of("taxpayerId", taxpayer))
        .post("/api/v1/tax-clearances")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/tax-arrears-outstanding"));

    as(Tax.bank())
        .body(
            Tax.payment(
                (String) bill.get("billingCode"),
                155_000,
                Tax.reference(),
                Tax.today() + "T08:00:00+07:00"))
        .post("/api/v1/payments")
        .then()
        .statusCode(201)
        .body("settled", equalTo(true));

    // another citizen may not ask for it; the taxpayer may
    as(Tax.citizen(Tax.nik()))
        .body(Map.of("taxpayerId", taxpayer))
        .post("/api/v1/tax-clearances")
        .then()
        .statusCode(404);
    String code =
        as(Tax.citizen(nik))
            .body(Map.of("taxpayerId", taxpayer))
            .post("/api/v1/tax-clearances")
            .then()
            .statusCode(201)
            .extract()
            .path("verificationCode");
    given()
        .get("/api/v1/tax-documents/verify/" + code.toLowerCase())
        .then()
        .statusCode(200)
        .body("documentType", equalTo("TAX_CLEARANCE"))
        .body("status", equalTo("VALID"))
        .body("holderName", equalTo("S*** A*****"));
    as(Tax.citizen(nik))
        .get("/api/v1/me/tax-summary")
        .then()
        .body("inArrears", equalTo(false))
        .body("records[0].clearanceValidUntil", equalTo(Tax.today().plusDays(90).toString()));
    as(Tax.officer())
        .queryParam("taxpayerId", taxpayer)
        .get("/api/v1/tax-clearances")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1));

    try (TopicProbe probe = TopicProbe.of("tax.clearance.v1")) {
      var issued = probe.await(r -> r.value().contains(taxpayer), 1, Duration.ofSeconds(30));
      assertThat(issued.get(0).value()).contains(subjectRefs.of(nik));
    }
  }

  @Test
  void theSummaryIsTheCitizensOnly() {
    given().get("/api/v1/me/tax-summary").then().statusCode(401);
    as(Tax.officer()).get("/api/v1/me/tax-summary").then().statusCode(403);
    as(Tax.citizen(Tax.nik()))
        .get("/api/v1/me/tax-summary")
        .then()
        .statusCode(200)
        .body("taxpayers", equalTo(0));
    as(Tax.officer())
        .body(Map.of("taxpayerId", "00000000-0000-0000-0000-000000000000"))
        .post("/api/v1/tax-clearances")
        .then()
        .statusCode(422);
    as(Tax.officer()).body(Map.of()).post("/api/v1/tax-clearances").then().statusCode(400);
    as(Tax.officer())
        .get("/api/v1/bills")
        .then()
        .statusCode(200)
        .body("totalItems", greaterThan(-1));
  }
}

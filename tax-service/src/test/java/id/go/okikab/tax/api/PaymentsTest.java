package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import id.go.okikab.platform.testing.TopicProbe;
import id.go.okikab.tax.Tax;
import id.go.okikab.tax.domain.BillingCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bank's side: inquiry by billing code, payment notifications once per reference (20 at once
 * record one payment), interest of §3.2 at payment time, partial and over-payments, receipts
 * verified publicly.
 */
@QuarkusTest
class PaymentsTest {

  /** Bills of 2027 are due 30 Sep 2027; those of 2024 on 30 Sep 2024. */
  private static final String ON_TIME = "2027-09-15T10:15:30.123456+07:00";

  @Test
  void inquiryThenOnePaymentForTwentyConcurrentIdenticalNotifications() throws Exception {
    Map<String, Object> bill = Tax.billFor(Tax.nik(), 2027);
    String code = (String) bill.get("billingCode");
    as(Tax.bank())
        .get("/api/v1/payments/inquiries/" + code)
        .then()
        .statusCode(200)
        .body("amountDue", equalTo(125_000))
        .body("taxpayerName", equalTo("S*** A*****"));

    Map<String, Object> notification = Tax.payment(code, 125_000, Tax.reference(), ON_TIME);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> as(Tax.bank()).body(notification).post("/api/v1/payments"));
    }
    List<String> ids = new ArrayList<>();
    for (Future<Response> f : pool.invokeAll(calls)) {
      Response r = f.get();
      assertThat(r.statusCode()).isEqualTo(201);
      ids.add(r.path("paymentId"));
    }
    pool.shutdown();
    assertThat(ids).hasSize(20).containsOnly(ids.get(0));

    as(Tax.officer())
        .get("/api/v1/bills/" + bill.get("id"))
        .then()
        .body("status", equalTo("PAID"))
        .body("principalPaid", equalTo(125_000))
        .body("amountDueToday", equalTo(0));
    as(Tax.bank()).get("/api/v1/payments/inquiries/" + code).then().statusCode(409);
    // a new reference for a settled bill: refused, nothing recorded
    as(Tax.bank())
        .body(Tax.payment(code, 1_000, Tax.reference(), ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://okikab.go.id/problems/bill-settled"));
    // the reference reused for another amount
    as(Tax.bank())
        .body(Tax.payment(code, 124_000, (String) notification.get("reference"), ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://okikab.go.id/problems/payment-reference-reused"));

    try (TopicProbe probe = TopicProbe.of("tax.bill.v1")) {
      var paid =
          probe.await(
              r ->
                  r.value().contains(ids.get(0))
                      && TopicProbe.header(r, "ce_type").contains(".BillPaid."),
              1,
              Duration.ofSeconds(30));
      assertThat(paid.get(0).value()).contains("\"settled\":true").contains("\"interest\":0");
      assertThat(probe.drain(r -> r.value().contains(ids.get(0)), Duration.ofSeconds(2)))
          .hasSize(1);
    }
  }

  @Test
  void lateInterestPartialAndOverPaymentAndThePublicReceipt() {
    // due 30 Sep 2024, paid 2 Jan 2025: 4 started months → 4% of 125,000 = 5,000
    Map<String, Object> bill = Tax.billFor(Tax.nik(), 2024);
    String code = (String) bill.get("billingCode");
    String late = "2025-01-02T09:00:00+07:00";
    String receipt =
        as(Tax.bank())
            .body(Tax.payment(code, 100_000, Tax.reference(), late))
            .post("/api/v1/payments")
            .then()
            .statusCode(201)
            .body("interest", equalTo(5_000))
            .body("principal", equalTo(95_000))
            .body("outstanding", equalTo(30_000))
            .body("settled", equalTo(false))
            .body("receiptNumber", matchesPattern("BB/\\d{4}/\\d{8}"))
            .extract()
            .path("verificationCode");
    // the rest, with too much: 30,000 + 4% of 30,000 = 31,200 due; 40,000 paid → 8,800 credit
    as(Tax.bank())
        .body(Tax.payment(code, 40_000, Tax.reference(), late))
        .post("/api/v1/payments")
        .then()
        .statusCode(201)
        .body("interest", equalTo(1_200))
        .body("principal", equalTo(30_000))
        .body("credit", equalTo(8_800))
        .body("settled", equalTo(true));
    as(Tax.officer())
        .get("/api/v1/bills/" + bill.get("id"))
        .then()
        .body("credit", equalTo(8_800))
        .body("interestPaid", equalTo(6_200));

    given()
        .get("/api/v1/tax-documents/verify/" + receipt)
        .then()
        .statusCode(200)
        .body("documentType", equalTo("PAYMENT_RECEIPT"))
        .body("amount", equalTo(100_000))
        .body("holderName", equalTo("S*** A*****"));
    given().get("/api/v1/tax-documents/verify/ABCDEFGHJK0123456789").then().statusCode(404);
  }

  @Test
  void unknownAndMalformedCodesAndWhoMayCall() {
    String unknown = BillingCodes.of(2026, 99_999_999_999L);
    as(Tax.bank()).get("/api/v1/payments/inquiries/" + unknown).then().statusCode(404);
    String reference = Tax.reference();
    as(Tax.bank())
        .body(Tax.payment(unknown, 10_000, reference, ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(404);
    String wrongDigit =
        unknown.substring(0, 15) + (char) ('0' + (unknown.charAt(15) - '0' + 1) % 10);
    as(Tax.bank())
        .get("/api/v1/payments/inquiries/" + wrongDigit)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("billingCode"));
    // nothing was kept of the refused notification: its reference still works for a real bill
    Map<String, Object> bill = Tax.billFor(Tax.nik(), 2027);
    as(Tax.bank())
        .body(Tax.payment((String) bill.get("billingCode"), 125_000, reference, ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(201);

    Map<String, Object> fractional =
        new java.util.HashMap<>(Tax.payment(unknown, 1, Tax.reference(), ON_TIME));
    fractional.put("amount", 100.5);
    as(Tax.bank())
        .body(fractional)
        .post("/api/v1/payments")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("amount"));
    as(Tax.bank())
        .body(Map.of("billingCode", unknown, "amount", -5))
        .post("/api/v1/payments")
        .then()
        .statusCode(400);
    given()
        .contentType("application/json")
        .body(Tax.payment(unknown, 1, Tax.reference(), ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(401);
    as(Tax.officer())
        .body(Tax.payment(unknown, 1, Tax.reference(), ON_TIME))
        .post("/api/v1/payments")
        .then()
        .statusCode(403);
    as(Tax.citizen(Tax.nik())).get("/api/v1/payments/inquiries/" + unknown).then().statusCode(403);
  }
}

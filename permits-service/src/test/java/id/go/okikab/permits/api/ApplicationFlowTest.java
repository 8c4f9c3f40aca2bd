package id.go.okikab.permits.api;

import static id.go.okikab.permits.Permits.as;
import static id.go.okikab.permits.Permits.bank;
import static id.go.okikab.permits.Permits.citizen;
import static id.go.okikab.permits.Permits.creating;
import static id.go.okikab.permits.Permits.draft;
import static id.go.okikab.permits.Permits.etag;
import static id.go.okikab.permits.Permits.officer;
import static id.go.okikab.permits.Permits.step;
import static id.go.okikab.permits.Permits.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.permits.Permits;
import id.go.okikab.permits.domain.BillingCodes;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole workflow on real PostgreSQL and Kafka, with its refusals. */
@QuarkusTest
class ApplicationFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @BeforeEach
  void layer() {
    Permits.ensureLayer();
  }

  private static Map<String, Object> pbg(List<Double> point) {
    return Map.of(
        "permitType",
        "PBG",
        "holderName",
        "Siti Aminah",
        "kbli",
        List.of("41011"),
        "location",
        Map.of("type", "Point", "coordinates", point),
        "desaCode",
        "1602051001",
        "floorAreaM2",
        100);
  }

  private static Map<String, Object> payment(String code, long amount, String reference) {
    return Map.of(
        "billingCode", code,
        "amount", amount,
        "reference", reference,
        // PostgreSQL keeps microseconds: send no finer (PaymentNotifications compares exactly)
        "paidAt",
            OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MILLIS).toString(),
        "channel", "TELLER");
  }

  @Test
  void aPbgGoesFromDraftToAnIssuedPermitThatVerifiesPublicly() {
    String nik = Permits.nik();
    String[] d = draft(nik, pbg(Permits.IN_TRADE));
    String id = d[0];
    // no documents yet
    as(citizen(nik))
        .header("If-Match", d[1])
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(422)
        .body("type", endsWith("/documents-missing"))
        .body("errors[0].field", equalTo("documents"))
        .body("detail", containsString("SITE_PLAN"));
    upload(nik, id, "SITE_PLAN");
    upload(nik, id, "TECHNICAL_DRAWING");
    upload(nik, id, "LAND_TITLE");
    as(citizen(nik))
        .get("/api/v1/permit-applications/" + id + "/documents")
        .then()
        .statusCode(200)
        .body("sha256[0]", notNullValue());
    // preconditions
    as(citizen(nik))
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(428);
    as(citizen(nik))
        .header("If-Match", "\"99\"")
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(412);
    try (TopicProbe applications = TopicProbe.of("permits.application.v1");
        TopicProbe permits = TopicProbe.of("permits.permit.v1")) {
      step(citizen(nik), id, Map.of("action", "SUBMIT"), 200)
          .getString("status")
          .equals("SUBMITTED");
      as(citizen(nik))
          .get("/api/v1/permit-applications/" + id)
          .then()
          .statusCode(200)
          .header("Cache-Control", containsString("no-store"))
          .body("status", equalTo("SUBMITTED"))
          .body("kkprResult", equalTo("CONFORM"))
          .body("kkprLayers", containsString(Permits.LAYER_CODE))
          .body("slaRemainingWorkingDays", equalTo(28))
          .body("slaDueOn", notNullValue());
      var submitted = applications.await(r -> id.equals(r.key()), 1, WAIT).get(0).value();
      assertThat(submitted)
          .contains("\"kkprResult\":\"CONFORM\"")
          .contains("\"applicantKind\":\"PERSON\"");
      assertThat(submitted).doesNotContain(nik).doesNotContain("Siti");

      // the applicant cannot take the office's steps; another citizen does not see the file
      step(citizen(nik), id, Map.of("action", "MARK_COMPLETE"), 403);
      as(citizen(Permits.nik())).get("/api/v1/permit-applications/" + id).then().statusCode(404);
      step(officer(), id, Map.of("action", "MARK_INCOMPLETE"), 400);
      step(officer(), id, "MARK_INCOMPLETE");
      step(citizen(nik), id, "RESUBMIT");
      step(officer(), id, "MARK_COMPLETE");
      step(officer(), id, "REQUEST_REVISION");
      step(citizen(nik), id, "RESUBMIT");
      assertThat(step(officer(), id, "APPROVE").getString("status"))
          .isEqualTo("APPROVED_TECHNICAL");
      step(officer(), id, Map.of("action", "APPROVE"), 409);
      as(officer())
          .header("If-Match", etag(officer(), id))
          .body(Map.of("action", "APPROVE"))
          .post("/api/v1/permit-applications/" + id + "/transitions")
          .then()
          .statusCode(409)
          .body("detail", containsString("APPROVED_TECHNICAL"));
      assertThat(applications.await(r -> id.equals(r.key()), 4, WAIT))
          .extracting(r -> TopicProbe.header(r, "ce_type"))
          .contains(
              "id.go.okikab.permits.PermitApproved.v1",
              "id.go.okikab.permits.PermitApplicationReturned.v1");

      // the PBG retribution: 100 m² × 0.5% × Rp4,000,000 × It 0.42 × Ibg 1
      step(officer(), id, Map.of("action", "ASSESS_FEE"), 400);
      var assessed =
          step(officer(), id, Map.of("action", "ASSESS_FEE", "integratedIndex", 0.42), 200);
      assertThat(assessed.getLong("feeAmount")).isEqualTo(840_000L);
      String code = assessed.getString("billingCode");
      assertThat(BillingCodes.isValid(code)).isTrue();

      // the bank
      given()
          .auth()
          .oauth2(citizen(nik))
          .get("/api/v1/permit-payments/inquiries/" + code)
          .then()
          .statusCode(403);
      given().get("/api/v1/permit-payments/inquiries/" + code).then().statusCode(401);
      given()
          .auth()
          .oauth2(bank())
          .get("/api/v1/permit-payments/inquiries/" + code)
          .then()
          .statusCode(200)
          .body("amount", equalTo(840000))
          .body("status", equalTo("UNPAID"));
      String badCheck = code.substring(0, 12) + ((code.charAt(12) - '0' + 1) % 10);
      given()
          .auth()
          .oauth2(bank())
          .get("/api/v1/permit-payments/inquiries/" + badCheck)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("billingCode"));
      String ref = "NTPD-" + UUID.randomUUID();
      as(bank())
          .body(payment(code, 1000, "X-" + ref))
          .post("/api/v1/permit-payments")
          .then()
          .statusCode(422)
          .body("type", endsWith("/payment-amount-mismatch"));
      var pay = payment(code, 840_000, ref);
      as(bank())
          .body(pay)
          .post("/api/v1/permit-payments")
          .then()
          .statusCode(200)
          .body("status", equalTo("FEE_PAID"));
      as(bank())
          .body(pay)
          .post("/api/v1/permit-payments")
          .then()
          .statusCode(200)
          .body("applicationId", equalTo(id));
      as(bank())
          .body(payment(code, 840_001, ref))
          .post("/api/v1/permit-payments")
          .then()
          .statusCode(409)
          .body("type", endsWith("/payment-reference-reused"));

      // issuance
      var issued = step(officer(), id, "ISSUE");
      assertThat(issued.getString("status")).isEqualTo("ISSUED");
      String permitId = issued.getString("permitId");
      var permitRecord = permits.await(r -> permitId.equals(r.key()), 1, WAIT).get(0);
      assertThat(TopicProbe.header(permitRecord, "ce_type"))
          .isEqualTo("id.go.okikab.permits.PermitIssued.v1");
      assertThat(permitRecord.value())
          .contains("\"permitNumber\":\"IZN-PBG-")
          .doesNotContain("Siti");

      var permit =
          as(citizen(nik)).get("/api/v1/permits/" + permitId).then().statusCode(200).extract();
      String verification = permit.path("verificationCode");
      given()
          .get("/api/v1/permits/verify/" + verification)
          .then()
          .statusCode(200)
          .body("holder", equalTo("Si** Am****"))
          .body("status", equalTo("ACTIVE"))
          .body("permitNumber", startsWith("IZN-PBG-"))
          .body("verificationCode", nullValue());
      given().get("/api/v1/permits/verify/00000000000000000000").then().statusCode(404);
      as(citizen(nik))
          .get("/api/v1/permits/mine")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(permitId));

      // suspend, reinstate, revoke: officers, with If-Match
      String etag = permit.header("ETag");
      as(officer())
          .body(Map.of("reasonCode", "NON_COMPLIANCE"))
          .post("/api/v1/permits/" + permitId + "/suspension")
          .then()
          .statusCode(428);
      as(citizen(nik))
          .header("If-Match", etag)
          .body(Map.of("reasonCode", "NON_COMPLIANCE"))
          .post("/api/v1/permits/" + permitId + "/suspension")
          .then()
          .statusCode(403);
      as(officer())
          .header("If-Match", etag)
          .body(Map.of("reasonCode", "bad code"))
          .post("/api/v1/permits/" + permitId + "/suspension")
          .then()
          .statusCode(400)
          .body("errors[0].field", containsString("reasonCode"));
      String e2 =
          as(officer())
              .header("If-Match", etag)
              .body(Map.of("reasonCode", "NON_COMPLIANCE"))
              .post("/api/v1/permits/" + permitId + "/suspension")
              .then()
              .statusCode(200)
              .body("status", equalTo("SUSPENDED"))
              .extract()
              .header("ETag");
      given()
          .get("/api/v1/permits/verify/" + verification)
          .then()
          .body("status", equalTo("SUSPENDED"));
      String e3 =
          as(officer())
              .header("If-Match", e2)
              .body(Map.of("reasonCode", "COMPLIED"))
              .post("/api/v1/permits/" + permitId + "/reinstatement")
              .then()
              .statusCode(200)
              .body("status", equalTo("ACTIVE"))
              .extract()
              .header("ETag");
      as(officer())
          .header("If-Match", e3)
          .body(Map.of("reasonCode", "COMPLIED"))
          .post("/api/v1/permits/" + permitId + "/reinstatement")
          .then()
          .statusCode(409);
      as(officer())
          .header("If-Match", e3)
          .body(Map.of("reasonCode", "FRAUD"))
          .post("/api/v1/permits/" + permitId + "/revocation")
          .then()
          .statusCode(200)
          .body("status", equalTo("REVOKED"));
      assertThat(permits.await(r -> permitId.equals(r.key()), 3, WAIT))
          .extracting(r -> TopicProbe.header(r, "ce_type"))
          .containsExactly(
              "id.go.okikab.permits.PermitIssued.v1",
              "id.go.okikab.permits.PermitSuspended.v1",
              "id.go.okikab.permits.PermitRevoked.v1");
    }
    as(citizen(nik))
        .get("/api/v1/permit-applications/" + id + "/history")
        .then()
        .statusCode(200)
        .body(
            "action",
            equalTo(
                List.of(
                    "SUBMIT",
                    "MARK_INCOMPLETE",
                    "RESUBMIT",
                    "MARK_COMPLETE",
                    "REQUEST_REVISION",
                    "RESUBMIT",
                    "APPROVE",
                    "ASSESS_FEE",
                    "RECORD_PAYMENT",
                    "ISSUE")))
        .body("[1].reason", equalTo("test"));
  }

  @Test
  void aBusinessPermitCarriesTheNibAndKbliAndTheRiskOfItsScale() {
    String nik = Permits.nik();
    String nib = Permits.nib();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "PB_UMKU_RESTORAN",
                "nib",
                nib,
                "holderName",
                "Rumah Makan Pindang Kayuagung",
                "kbli",
                List.of("56101"),
                "businessScale",
                "MIKRO",
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE)))[0];
    upload(nik, id, "STANDARD_STATEMENT");
    step(citizen(nik), id, "SUBMIT");
    step(officer(), id, "MARK_COMPLETE");
    step(officer(), id, "APPROVE");
    // no fee: assessed and paid in one step
    assertThat(step(officer(), id, "ASSESS_FEE").getString("status")).isEqualTo("FEE_PAID");
    try (TopicProbe permits = TopicProbe.of("permits.permit.v1")) {
      String permitId = step(officer(), id, "ISSUE").getString("permitId");
      String event = permits.await(r -> permitId.equals(r.key()), 1, WAIT).get(0).value();
      assertThat(event)
          .contains("\"nib\":\"" + nib + "\"")
          .contains("\"kbli\":[\"56101\"]")
          .contains("\"riskLevel\":\"RENDAH\"");
      assertThat(event).contains("\"subjectRef\":null");
      String code =
          as(officer())
              .get("/api/v1/permits/" + permitId)
              .then()
              .statusCode(200)
              .extract()
              .path("verificationCode");
      // a business is shown by its name
      given()
          .get("/api/v1/permits/verify/" + code.toLowerCase())
          .then()
          .statusCode(200)
          .body("holder", equalTo("Rumah Makan Pindang Kayuagung"));
      as(officer())
          .queryParam("nib", nib)
          .get("/api/v1/permits")
          .then()
          .statusCode(200)
          .body("items.id", equalTo(List.of(permitId)));
    }
    // a business permit needs a NIB and KBLI
    creating(citizen(nik))
        .body(Map.of("permitType", "PB_UMKU_RESTORAN", "holderName", "x", "kbli", List.of("56101")))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(422)
        .body("type", endsWith("/nib-required"));
    creating(citizen(nik))
        .body(Map.of("permitType", "PB_UMKU_RESTORAN", "nib", "12345", "holderName", "x"))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("nib"));
  }

  @Test
  void kkprDecidesSubmission() {
    String nik = Permits.nik();
    String prohibited =
        draft(
            nik,
            Map.of(
                "permitType",
                "REKLAME",
                "holderName",
                "Budi",
                "kbli",
                List.of("56101"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_PROTECTED)))[0];
    upload(nik, prohibited, "SITE_PLAN");
    upload(nik, prohibited, "DESIGN");
    as(citizen(nik))
        .header("If-Match", etag(citizen(nik), prohibited))
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + prohibited + "/transitions")
        .then()
        .statusCode(422)
        .body("type", endsWith("/kkpr-not-conform"))
        .body("errors[0].field", equalTo("location"));
    as(citizen(nik))
        .get("/api/v1/permit-applications/" + prohibited)
        .then()
        .body("status", equalTo("DRAFT"));

    String conditional =
        draft(
            nik,
            Map.of(
                "permitType",
                "REKLAME",
                "holderName",
                "Budi",
                "kbli",
                List.of("56101"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING)))[0];
    upload(nik, conditional, "SITE_PLAN");
    upload(nik, conditional, "DESIGN");
    var submitted = step(citizen(nik), conditional, Map.of("action", "SUBMIT"), 200);
    assertThat(submitted.getString("kkprResult")).isEqualTo("CONFORM_WITH_CONDITIONS");
    assertThat(submitted.getString("kkprConditions")).contains("parkir");

    // a location-bound permit without a location
    String nowhere =
        draft(nik, Map.of("permitType", "REKLAME", "holderName", "Budi", "kbli", List.of("56101")))[
            0];
    upload(nik, nowhere, "SITE_PLAN");
    upload(nik, nowhere, "DESIGN");
    step(citizen(nik), nowhere, Map.of("action", "SUBMIT"), 422);
  }

  @Test
  void badDraftsAreRefusedNamingTheField() {
    String nik = Permits.nik();
    given()
        .contentType(ContentType.JSON)
        .body(pbg(Permits.IN_TRADE))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(401);
    creating(officer())
        .body(pbg(Permits.IN_TRADE))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(403);
    creating(citizen(nik))
        .body(Map.of("permitType", "NOPE", "holderName", "x"))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("permitType"));
    creating(citizen(nik))
        .body(Map.of("permitType", "PBG", "holderName", "x", "kbli", List.of("4101")))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("kbli"));
    creating(citizen(nik))
        .body(
            Map.of(
                "permitType",
                "PBG",
                "holderName",
                "x",
                "location",
                Map.of("type", "Point", "coordinates", List.of(110.0, -7.0))))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(422)
        .body("type", endsWith("/location-outside-oki"));
    creating(citizen(nik))
        .body(Map.of("permitType", "PBG", "holderName", "x", "desaCode", "1701011001"))
        .post("/api/v1/permit-applications")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("desaCode"));
    as(citizen(nik)).get("/api/v1/permit-applications/" + UUID.randomUUID()).then().statusCode(404);
    // a disallowed file
    String id = draft(nik, pbg(Permits.IN_TRADE))[0];
    given()
        .auth()
        .oauth2(citizen(nik))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .multiPart("purpose", "SITE_PLAN")
        .multiPart("file", "x.exe", "MZ not a pdf".getBytes(), "application/pdf")
        .post("/api/v1/permit-applications/" + id + "/documents")
        .then()
        .statusCode(415);
  }

  @Test
  void theQueueShowsWhatAwaitsTheOfficeLeastTimeLeftFirst() {
    String nik = Permits.nik();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "SLF",
                "holderName",
                "Ani",
                "kbli",
                List.of("41011"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING)))[0];
    upload(nik, id, "INSPECTION_REPORT");
    step(citizen(nik), id, "SUBMIT");
    var queue =
        as(officer())
            .queryParam("size", 100)
            .get("/api/v1/permit-applications/queue")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> due = queue.getList("items.slaDueOn");
    assertThat(due).isSorted();
    assertThat(queue.getList("items.id", String.class)).contains(id);
    assertThat(queue.getList("items.status", String.class))
        .doesNotContain("DRAFT", "APPROVED_TECHNICAL", "ISSUED");
    as(citizen(nik)).get("/api/v1/permit-applications/queue").then().statusCode(403);
    as(citizen(nik))
        .get("/api/v1/permit-applications/mine")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    // assignment
    as(officer())
        .header("If-Match", etag(officer(), id))
        .body(Map.of("assignee", "dpmptsp1"))
        .put("/api/v1/permit-applications/" + id + "/assignee")
        .then()
        .statusCode(200)
        .body("assignedTo", equalTo("dpmptsp1"));
    as(officer())
        .queryParam("status", "SUBMITTED")
        .get("/api/v1/permit-applications")
        .then()
        .statusCode(200)
        .body("items.status", not(hasItem("DRAFT")));
  }

  @Test
  void twoOfficersActingAtOnceOneWinsTheOtherIsRefused() throws Exception {
    String nik = Permits.nik();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "SLF",
                "holderName",
                "Tono",
                "kbli",
                List.of("41011"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING)))[0];
    upload(nik, id, "INSPECTION_REPORT");
    step(citizen(nik), id, "SUBMIT");
    String etag = etag(officer(), id);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
    for (String action : List.of("MARK_COMPLETE", "MARK_INCOMPLETE")) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return as(officer())
                    .header("If-Match", etag)
                    .body(Map.of("action", action, "reason", "race"))
                    .post("/api/v1/permit-applications/" + id + "/transitions")
                    .then()
                    .extract()
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    for (var answer : answers) {
      statuses.add(answer.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(200);
    assertThat(statuses).anyMatch(s -> s == 409 || s == 412);
    // exactly one step was recorded
    as(officer())
        .get("/api/v1/permit-applications/" + id + "/history")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2));
  }
}

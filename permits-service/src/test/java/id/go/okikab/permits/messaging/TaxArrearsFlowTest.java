package id.go.okikab.permits.messaging;

import static id.go.okikab.permits.Permits.as;
import static id.go.okikab.permits.Permits.citizen;
import static id.go.okikab.permits.Permits.draft;
import static id.go.okikab.permits.Permits.etag;
import static id.go.okikab.permits.Permits.officer;
import static id.go.okikab.permits.Permits.step;
import static id.go.okikab.permits.Permits.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.tax.BillOverdue;
import id.go.okikab.contracts.tax.BillPaid;
import id.go.okikab.permits.Permits;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.CloudEventRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real tax.bill.v1 records → the arrears view → submission and issuance refused, then allowed. */
@QuarkusTest
class TaxArrearsFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs subjectRefs;
  @Inject DataSource dataSource;

  /** Waits until the consumer has stored the bill's state (open or cleared). */
  private void awaitArrear(String billId, boolean cleared) {
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () -> {
              try (var c = dataSource.getConnection();
                  var s = c.prepareStatement("SELECT cleared FROM tax_arrear WHERE bill_id = ?")) {
                s.setString(1, billId);
                try (var rs = s.executeQuery()) {
                  return rs.next() && rs.getBoolean(1) == cleared;
                }
              }
            });
  }

  @BeforeEach
  void layer() {
    Permits.ensureLayer();
  }

  private void send(DomainEvent event) throws Exception {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    kafka
        .produceStrings()
        .fromRecords(
            CloudEventRecords.of(
                type.topic().name(),
                type.ceType(),
                event.aggregateId(),
                json.writeValueAsString(event)))
        .awaitCompletion();
  }

  private static int submit(String nik, String id) {
    return as(citizen(nik))
        .header("If-Match", etag(citizen(nik), id))
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void aBusinessWithAnOverdueBillCannotApplyUntilItIsPaid() throws Exception {
    String nik = Permits.nik();
    String nib = Permits.nib();
    String billId = UUID.randomUUID().toString();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "PB_UMKU_RESTORAN",
                "nib",
                nib,
                "holderName",
                "Warung Mpek-mpek",
                "kbli",
                List.of("56101"),
                "businessScale",
                "KECIL",
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE)))[0];
    upload(nik, id, "STANDARD_STATEMENT");
    send(
        new BillOverdue(
            billId,
            "3500000000001",
            "tp-1",
            null,
            nib,
            "PBJT_FOOD_BEVERAGE",
            1_250_000,
            LocalDate.now().minusDays(10),
            LocalDate.now().minusDays(9)));
    awaitArrear(billId, false);
    as(citizen(nik))
        .header("If-Match", etag(citizen(nik), id))
        .body(Map.of("action", "SUBMIT"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(422)
        .body("type", endsWith("/tax-arrears-outstanding"))
        .body("detail", containsString("1250000"));
    send(
        new BillPaid(
            billId,
            "3500000000001",
            "tp-1",
            null,
            nib,
            "PBJT_FOOD_BEVERAGE",
            "pay-1",
            1_250_000,
            0,
            0,
            true,
            "TELLER",
            null,
            OffsetDateTime.now()));
    awaitArrear(billId, true);
    org.assertj.core.api.Assertions.assertThat(submit(nik, id)).isEqualTo(200);
    as(citizen(nik))
        .get("/api/v1/permit-applications/" + id)
        .then()
        .body("status", equalTo("SUBMITTED"));
  }

  @Test
  void issuanceIsRefusedWhileAPersonHasOverdueTax() throws Exception {
    String nik = Permits.nik();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "SLF",
                "holderName",
                "Dewi",
                "kbli",
                List.of("41011"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING)))[0];
    upload(nik, id, "INSPECTION_REPORT");
    step(citizen(nik), id, "SUBMIT");
    step(officer(), id, "MARK_COMPLETE");
    step(officer(), id, "APPROVE");
    step(officer(), id, "ASSESS_FEE");
    String billId = UUID.randomUUID().toString();
    send(
        new BillOverdue(
            billId,
            "3500000000002",
            "tp-2",
            subjectRefs.of(nik),
            null,
            "PBB_P2",
            80_000,
            LocalDate.now().minusDays(40),
            LocalDate.now().minusDays(39)));
    awaitArrear(billId, false);
    as(officer())
        .header("If-Match", etag(officer(), id))
        .body(Map.of("action", "ISSUE"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(422)
        .body("type", endsWith("/tax-arrears-outstanding"));
    as(citizen(nik))
        .get("/api/v1/permit-applications/" + id)
        .then()
        .body("status", equalTo("FEE_PAID"));
    // a partial payment leaves arrears; the settling one clears them
    send(
        new BillPaid(
            billId,
            "3500000000002",
            "tp-2",
            subjectRefs.of(nik),
            null,
            "PBB_P2",
            "pay-2",
            40_000,
            0,
            40_000,
            false,
            "VA",
            null,
            OffsetDateTime.now()));
    send(
        new BillPaid(
            billId,
            "3500000000002",
            "tp-2",
            subjectRefs.of(nik),
            null,
            "PBB_P2",
            "pay-3",
            40_000,
            0,
            0,
            true,
            "VA",
            null,
            OffsetDateTime.now()));
    awaitArrear(billId, true);
    as(officer())
        .header("If-Match", etag(officer(), id))
        .body(Map.of("action", "ISSUE"))
        .post("/api/v1/permit-applications/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body("status", equalTo("ISSUED"));
  }
}

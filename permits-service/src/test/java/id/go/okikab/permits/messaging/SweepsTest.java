package id.go.okikab.permits.messaging;

import static id.go.okikab.permits.Permits.as;
import static id.go.okikab.permits.Permits.citizen;
import static id.go.okikab.permits.Permits.draft;
import static id.go.okikab.permits.Permits.officer;
import static id.go.okikab.permits.Permits.step;
import static id.go.okikab.permits.Permits.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.permits.Permits;
import id.go.okikab.permits.service.Sweeps;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA sweep reports a breach once; the expiry sweep expires permits past their validity. */
@QuarkusTest
class SweepsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject Sweeps sweeps;

  @BeforeEach
  void layer() {
    Permits.ensureLayer();
  }

  @Test
  void anOssPermitPastItsSlaIsReportedOnceAndDeemedApproved() {
    String nik = Permits.nik();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "PB_UMKU_RESTORAN",
                "nib",
                Permits.nib(),
                "holderName",
                "Kedai Kopi",
                "kbli",
                List.of("56101"),
                "businessScale",
                "MIKRO",
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_TRADE)))[0];
    upload(nik, id, "STANDARD_STATEMENT");
    step(citizen(nik), id, "SUBMIT");
    try (TopicProbe probe = TopicProbe.of("permits.application.v1")) {
      LocalDate later = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(60);
      assertThat(sweeps.slaSweep(later)).isGreaterThanOrEqualTo(1);
      sweeps.slaSweep(later.plusDays(5));
      var breaches =
          probe.drain(
              r ->
                  id.equals(r.key())
                      && "id.go.okikab.permits.PermitSlaBreached.v1"
                          .equals(TopicProbe.header(r, "ce_type")),
              Duration.ofSeconds(5));
      if (breaches.isEmpty()) {
        breaches =
            probe.await(
                r ->
                    id.equals(r.key())
                        && "id.go.okikab.permits.PermitSlaBreached.v1"
                            .equals(TopicProbe.header(r, "ce_type")),
                1,
                WAIT);
      }
      assertThat(breaches).hasSize(1);
      assertThat(breaches.get(0).value())
          .contains("\"deemedApproved\":true")
          .contains("\"slaWorkingDays\":10");
    }
    as(officer())
        .get("/api/v1/permit-applications/" + id)
        .then()
        .statusCode(200)
        .body("slaBreached", equalTo(true))
        .body("deemedApproved", equalTo(true));
  }

  @Test
  void anSlfExpiresAfterItsValidity() {
    String nik = Permits.nik();
    String id =
        draft(
            nik,
            Map.of(
                "permitType",
                "SLF",
                "holderName",
                "Rina",
                "kbli",
                List.of("41011"),
                "location",
                Map.of("type", "Point", "coordinates", Permits.IN_HOUSING)))[0];
    upload(nik, id, "INSPECTION_REPORT");
    step(citizen(nik), id, "SUBMIT");
    step(officer(), id, "MARK_COMPLETE");
    step(officer(), id, "APPROVE");
    step(officer(), id, "ASSESS_FEE");
    String permitId = step(officer(), id, "ISSUE").getString("permitId");
    String validUntil =
        as(citizen(nik))
            .get("/api/v1/permits/" + permitId)
            .then()
            .statusCode(200)
            .extract()
            .path("validUntil");
    LocalDate last = LocalDate.parse(validUntil);
    assertThat(last)
        .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusMonths(60).minusDays(1));
    try (TopicProbe probe = TopicProbe.of("permits.permit.v1")) {
      sweeps.expirySweep(last);
      as(citizen(nik)).get("/api/v1/permits/" + permitId).then().body("status", equalTo("ACTIVE"));
      assertThat(sweeps.expirySweep(last.plusDays(1))).isGreaterThanOrEqualTo(1);
      var expired =
          probe.await(
              r ->
                  permitId.equals(r.key())
                      && "id.go.okikab.permits.PermitExpired.v1"
                          .equals(TopicProbe.header(r, "ce_type")),
              1,
              WAIT);
      assertThat(expired.get(0).value()).contains("\"expiredOn\":\"" + last.plusDays(1) + "\"");
    }
    as(citizen(nik)).get("/api/v1/permits/" + permitId).then().body("status", equalTo("EXPIRED"));
  }
}

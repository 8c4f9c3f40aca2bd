package id.go.okikab.marketplace.messaging;

import static id.go.okikab.marketplace.Market.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.contracts.permits.PermitIssued;
import id.go.okikab.contracts.permits.PermitRevoked;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.testing.CloudEventRecords;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * permits.PermitIssued for a NIB verifies its shop (also when it arrives before the shop opens);
 * PermitRevoked suspends it; civil-registry.DeathRegistered of the owner suspends it. Real records
 * on real topics.
 */
@QuarkusTest
class PermitsFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject ObjectMapper json;
  @Inject SubjectRefs subjectRefs;

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

  private static PermitIssued issued(String permitId, String nib) {
    return new PermitIssued(
        permitId,
        UUID.randomUUID().toString(),
        "503/OSS/2026/" + permitId.substring(0, 4),
        "NIB_OSS",
        null,
        nib,
        List.of("56101"),
        "RENDAH",
        LocalDate.now(),
        null,
        DESA,
        OffsetDateTime.now());
  }

  private static void awaitStatus(String id, String status) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(ADMIN)
                    .get("/api/v1/merchants/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status)));
  }

  @Test
  void aPermitIssuedVerifiesTheShopAndItsRevocationSuspendsIt() throws Exception {
    Person owner = merchant();
    String nib = nib();
    String id = register(owner, nib, true).getString("id");
    String permit = UUID.randomUUID().toString();
    try (TopicProbe probe = TopicProbe.of("marketplace.merchant.v1")) {
      send(issued(permit, nib));
      awaitStatus(id, "VERIFIED");
      as(ADMIN).get("/api/v1/merchants/" + id).then().body("verifiedVia", equalTo("PERMIT"));
      send(new PermitRevoked(permit, "NIB_OSS", null, nib, "NON_COMPLIANCE", OffsetDateTime.now()));
      awaitStatus(id, "SUSPENDED");
      probe.await(
          r ->
              r.key().equals(id)
                  && TopicProbe.header(r, "ce_type").endsWith("MerchantSuspended.v1")
                  && r.value().contains("PERMIT_REVOKED"),
          1,
          WAIT);
      probe.await(
          r ->
              r.key().equals(id) && TopicProbe.header(r, "ce_type").endsWith("MerchantVerified.v1"),
          1,
          WAIT);
    }
  }

  @Test
  void aPermitIssuedBeforeTheShopOpensVerifiesItWhenItIsReady() throws Exception {
    String nib = nib();
    String permit = UUID.randomUUID().toString();
    send(issued(permit, nib));
    // wait until the permit is known: a shop opened with the NIB and everything ready is verified
    // at once
    Person owner = merchant();
    var pending = register(owner, nib, false);
    String id = pending.getString("id");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              long v =
                  as(owner.token())
                      .get("/api/v1/merchants/" + id)
                      .then()
                      .extract()
                      .jsonPath()
                      .getLong("version");
              as(owner.token())
                  .header("If-Match", etag(v))
                  .body(
                      java.util.Map.of(
                          "qrisNmid", "ID1024000000001", "returnPolicy", "Retur 2 hari"))
                  .put("/api/v1/merchants/" + id)
                  .then()
                  .statusCode(200)
                  .body("status", equalTo("VERIFIED"));
            });
  }

  @Test
  void theOwnersDeathSuspendsTheShop() throws Exception {
    Person owner = merchant();
    String id = verifiedShop(owner);
    send(
        new DeathRegistered(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            subjectRefs.of(owner.nik()),
            LocalDate.now().minusDays(2),
            DESA,
            false));
    awaitStatus(id, "SUSPENDED");
    as(ADMIN)
        .get("/api/v1/merchants/" + id)
        .then()
        .body("history[2].actor", equalTo("civil-registry-service"));
  }
}

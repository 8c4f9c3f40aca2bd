package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.health.ChildTestSupport;
import id.go.okikab.health.Kia;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.audit.ReadAuditRecord;
import id.go.okikab.platform.web.paging.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every read of a pregnancy or child record leaves who, which record, whose, when and why. */
@QuarkusTest
class ReadAuditTest {

  @Inject ReadAudit readAudit;
  @Inject ObjectMapper json;
  @InjectKafkaCompanion KafkaCompanion kafka;
  @Inject SubjectRefs subjectRefs;

  @Test
  void readsOfAPregnancyAreAudited() {
    String nik = Kia.motherNik();
    String id = Kia.registered(nik, 50).getString("id");
    assertThat(reads("pregnancy-record", id)).isEmpty(); // registering is not reading

    as(Kia.officer()).get("/api/v1/pregnancies/" + id).then().statusCode(200);
    as(Kia.officer())
        .header(ReadAudit.PURPOSE_HEADER, "referral")
        .get("/api/v1/pregnancies/" + id + "/anc-contacts")
        .then()
        .statusCode(200);
    as(Kia.citizen(nik)).get("/api/v1/pregnancies").then().statusCode(200);
    as(Kia.citizen(Kia.motherNik())).get("/api/v1/pregnancies/" + id).then().statusCode(404);

    List<ReadAuditRecord> reads = reads("pregnancy-record", id);
    assertThat(reads).hasSize(3); // the refused read left nothing
    assertThat(reads).allMatch(r -> subjectRefs.of(nik).equals(r.subjectRef()));
    assertThat(reads)
        .extracting(ReadAuditRecord::purpose)
        .containsExactly("subject-access", "referral", "kia-care"); // newest first
    ReadAuditRecord officerRead = reads.get(2);
    assertThat(officerRead.actorUsername()).isEqualTo("bidan-" + Kia.FACILITY);
    assertThat(officerRead.actorRoles()).contains("health-officer");
    assertThat(officerRead.requestId()).isNotBlank();
    assertThat(officerRead.occurredAt()).isNotNull();
  }

  @Test
  void childrenOnADueListAreAuditedOneByOne() {
    // a desa no other test uses, so the child is on the list's first page whatever ran before
    String desa = "1602052019";
    String child =
        ChildTestSupport.registeredChild(
            kafka, json, subjectRefs, Kia.motherNik(), Kia.today().minusDays(40), Sex.MALE, desa);
    as(Kia.officer())
        .queryParam("desa", desa)
        .queryParam("size", 100)
        .get("/api/v1/immunizations/due")
        .then()
        .statusCode(200)
        .body("items.childId", org.hamcrest.Matchers.hasItem(child));
    as(Kia.officer())
        .get("/api/v1/children/" + child + "/growth-measurements")
        .then()
        .statusCode(200);
    assertThat(reads("child-health-record", child))
        .extracting(ReadAuditRecord::purpose)
        .contains("kia-care")
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private List<ReadAuditRecord> reads(String type, String id) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> readAudit.byResource(type, id, PageRequest.of(0, 100)).items());
  }
}

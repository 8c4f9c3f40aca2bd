package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static id.go.okikab.health.Kia.baby;
import static id.go.okikab.health.Kia.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.okikab.health.Kia;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ETag/If-Match (docs/architecture.md): every GET of one pregnancy, child or facility answers its
 * ETag; a change of a pregnancy's own state — the delivery, KSPR factors added between visits —
 * needs the If-Match of the version read (428 without, 412 when stale) and answers the new ETag.
 * Records added under an aggregate (contacts, doses, measurements, visits) are creates.
 */
@QuarkusTest
class PreconditionsTest {

  private static final String REQUIRED = "https://okikab.go.id/problems/precondition-required";
  private static final String FAILED = "https://okikab.go.id/problems/precondition-failed";

  @Test
  void theDeliveryNeedsTheVersionRead() {
    String pregnancy = Kia.registered(Kia.motherNik(), 270).getString("id");
    String path = "/api/v1/pregnancies/" + pregnancy + "/delivery";
    var body = delivery(baby(Kia.now().minusHours(3), "LIVE_BIRTH", "FEMALE"));
    String read = Kia.etag(pregnancy);

    as(Kia.officer())
        .body(body)
        .post(path)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("type", equalTo(REQUIRED));
    as(Kia.officer())
        .header("If-Match", "\"999\"")
        .body(body)
        .post(path)
        .then()
        .statusCode(412)
        .body("type", equalTo(FAILED));
    as(Kia.officer()).header("If-Match", "*").body(body).post(path).then().statusCode(428);
    // refused before anything was written: still ongoing, same version
    as(Kia.officer())
        .get("/api/v1/pregnancies/" + pregnancy)
        .then()
        .header("ETag", read)
        .body("status", equalTo("ONGOING"));

    String answered =
        as(Kia.officer())
            .header("If-Match", read)
            .body(body)
            .post(path)
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .extract()
            .header("ETag");
    assertThat(answered).isNotEqualTo(read).isEqualTo(Kia.etag(pregnancy));
    // the version read before the delivery is stale now
    as(Kia.officer()).header("If-Match", read).body(body).post(path).then().statusCode(412);
  }

  @Test
  void riskFactorsBetweenVisitsNeedTheVersionRead() {
    String pregnancy = Kia.registered(Kia.motherNik(), 100).getString("id");
    String path = "/api/v1/pregnancies/" + pregnancy + "/risk-factors";
    Map<String, Object> body = Map.of("riskFactors", List.of("TWIN_PREGNANCY"));
    as(Kia.officer()).body(body).post(path).then().statusCode(428).body("type", equalTo(REQUIRED));
    String read = Kia.etag(pregnancy);
    String answered =
        as(Kia.officer())
            .header("If-Match", read)
            .body(body)
            .post(path)
            .then()
            .statusCode(200)
            .body("ksprScore", equalTo(6))
            .extract()
            .header("ETag");
    assertThat(answered).isNotEqualTo(read).isEqualTo(Kia.etag(pregnancy));
    as(Kia.officer())
        .header("If-Match", read)
        .body(Map.of("riskFactors", List.of("BREECH")))
        .post(path)
        .then()
        .statusCode(412)
        .body("type", equalTo(FAILED));
    // an officer outside the area learns nothing about versions: 403 first
    as(Kia.officerOf(Kia.OTHER_FACILITY)).body(body).post(path).then().statusCode(403);
  }

  @Test
  void recordsAddedUnderAPregnancyAreCreatesWithoutIfMatch() {
    String pregnancy = Kia.registered(Kia.motherNik(), 100).getString("id");
    as(Kia.officer())
        .body(Map.of("visitDate", Kia.today().toString(), "withDoctor", true))
        .post("/api/v1/pregnancies/" + pregnancy + "/anc-contacts")
        .then()
        .statusCode(201);
  }

  @Test
  void readsOfOneRecordAnswerTheirEtag() {
    String child = Kia.delivered(Kia.motherNik(), 2).getString("babies[0].childId");
    as(Kia.officer())
        .get("/api/v1/children/" + child)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue());
    as(Kia.officer())
        .get("/api/v1/health-facilities/" + Kia.FACILITY)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("code", equalTo(Kia.FACILITY));
    String code = "PY-ETAG" + (System.nanoTime() % 100000);
    as(TestTokens.user("admin1").roles("admin").mint())
        .body(
            Map.of(
                "code", code,
                "name", "Posyandu Mawar",
                "type", "POSYANDU",
                "kecamatanCode", "160205"))
        .post("/api/v1/health-facilities")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"");
  }
}

package id.go.okikab.tax.api;

import static id.go.okikab.tax.Tax.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.okikab.platform.testing.TopicProbe;
import id.go.okikab.tax.Tax;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PBJT returns: §3.4's example, no future period, one per period, amendments. */
@QuarkusTest
class TaxReturnsTest {

  private static Map<String, Object> restaurant(String owner) {
    Map<String, Object> b = Tax.person(null, "RM Pindang Meranjat");
    b.put("kind", "BUSINESS");
    b.put("nib", Tax.nib());
    b.put("ownerNik", owner);
    return b;
  }

  private static Map<String, Object> sptpd(String taxpayer, String period, Object base) {
    Map<String, Object> m = new HashMap<>();
    m.put("taxpayerId", taxpayer);
    m.put("taxType", "PBJT_FOOD_BEVERAGE");
    m.put("period", period);
    m.put("taxBase", base);
    return m;
  }

  @Test
  void aMonthlyReturnIsBilledOnceAndAmended() {
    String owner = Tax.nik();
    String taxpayer =
        as(Tax.officer())
            .body(restaurant(owner))
            .post("/api/v1/taxpayers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String last = YearMonth.from(Tax.today()).minusMonths(1).toString();
    var filed =
        as(Tax.citizen(owner))
            .body(sptpd(taxpayer, last, 150_000))
            .post("/api/v1/tax-returns")
            .then()
            .statusCode(201)
            .body("amount", equalTo(15_000)) // 10% of Rp150,000
            .body("amended", equalTo(false))
            .extract();
    String id = filed.path("id");
    String etag = filed.header("ETag");
    List<Map<String, Object>> bills = Tax.bills(taxpayer);
    assertThat(bills).hasSize(1);
    assertThat(bills.get(0).get("taxType")).isEqualTo("PBJT_FOOD_BEVERAGE");
    assertThat(bills.get(0).get("period")).isEqualTo(last);
    assertThat(bills.get(0).get("dueDate"))
        .isEqualTo(YearMonth.parse(last).plusMonths(1).atDay(15).toString());

    as(Tax.citizen(owner))
        .body(sptpd(taxpayer, last, 1))
        .post("/api/v1/tax-returns")
        .then()
        .statusCode(409);
    as(Tax.citizen(owner))
        .body(sptpd(taxpayer, YearMonth.from(Tax.today()).plusMonths(1).toString(), 1))
        .post("/api/v1/tax-returns")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("period"));
    as(Tax.citizen(owner))
        .body(sptpd(taxpayer, last, 100.5))
        .post("/api/v1/tax-returns")
        .then()
        .statusCode(400);
    as(Tax.citizen(Tax.nik()))
        .body(sptpd(taxpayer, last, 1))
        .post("/api/v1/tax-returns")
        .then()
        .statusCode(404);

    // the amendment: the unpaid bill is cancelled, the new amount billed
    as(Tax.citizen(owner))
        .body(Map.of("taxBase", 300_000))
        .post("/api/v1/tax-returns/" + id + "/amendments")
        .then()
        .statusCode(428);
    String amended =
        as(Tax.citizen(owner))
            .header("If-Match", etag)
            .body(Map.of("taxBase", 300_000))
            .post("/api/v1/tax-returns/" + id + "/amendments")
            .then()
            .statusCode(201)
            .body("amount", equalTo(30_000))
            .body("amended", equalTo(true))
            .body("replacesId", equalTo(id))
            .extract()
            .path("id");
    assertThat(Tax.bills(taxpayer))
        .extracting(b -> b.get("status") + ":" + b.get("principal"))
        .containsExactlyInAnyOrder("CANCELLED:15000", "OPEN:30000");
    as(Tax.citizen(owner))
        .header("If-Match", "\"1\"")
        .body(Map.of("taxBase", 1))
        .post("/api/v1/tax-returns/" + id + "/amendments")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://okikab.go.id/problems/return-superseded"));

    try (TopicProbe probe = TopicProbe.of("tax.return.v1")) {
      var events = probe.await(r -> r.value().contains(taxpayer), 2, Duration.ofSeconds(30));
      assertThat(events).anySatisfy(r -> assertThat(r.value()).contains(amended));
      assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain(owner));
    }
  }
}

package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** NIKs for newborns are unique under concurrency: 20 babies, one region and date, 20 NIKs. */
@QuarkusTest
class NikAssignmentTest {

  @Test
  void twentyConcurrentRegistrationsOfBabiesOfOneRegionAndDateGetTwentyDistinctNiks()
      throws Exception {
    // a date no other test uses, so the serials start at 1
    LocalDate born = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(40);
    List<String> paths = new ArrayList<>();
    Map<String, String> etags = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      Household household = Fixtures.household();
      String id =
          as(Fixtures.officer())
              .body(
                  Fixtures.birth(household.familyId(), household.wife().id(), null, born, Sex.MALE))
              .post("/api/v1/birth-registrations")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      String path = "/api/v1/birth-registrations/" + id;
      Fixtures.verifyAndApprove(path);
      paths.add(path);
      etags.put(path, Fixtures.etag(path));
    }
    String token = Fixtures.officer();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
      for (String path : paths) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return as(token)
                      .header("If-Match", etags.get(path))
                      .post(path + "/registration")
                      .then()
                      .extract();
                }));
      }
      start.countDown();
      Set<String> niks = new HashSet<>();
      for (Future<ExtractableResponse<Response>> result : results) {
        ExtractableResponse<Response> response = result.get();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        niks.add(response.path("childNik"));
      }
      assertThat(niks).hasSize(20);
      Set<Integer> serials = new HashSet<>();
      for (String nik : niks) {
        Nik parsed = Nik.parse(nik, born);
        assertThat(parsed.kecamatanCode()).isEqualTo("160205");
        assertThat(parsed.birthDate()).isEqualTo(born);
        assertThat(parsed.sex()).isEqualTo(Sex.MALE);
        serials.add(parsed.serial());
      }
      assertThat(serials).hasSize(20).allMatch(s -> s >= 1 && s <= 9999);
    } finally {
      pool.shutdownNow();
    }
  }
}

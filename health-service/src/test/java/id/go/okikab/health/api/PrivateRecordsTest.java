package id.go.okikab.health.api;

import static id.go.okikab.health.Kia.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.health.Kia;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The existence of a pregnancy or a child's record is private: a citizen who is not one of its
 * persons gets exactly the answer of an id that does not exist (404, same type, title and detail),
 * on the record and on every sub-resource — as the civil registry answers for a resident.
 */
@QuarkusTest
class PrivateRecordsTest {

  private static final List<String> PREGNANCY_PATHS =
      List.of(
          "/api/v1/pregnancies/%s",
          "/api/v1/pregnancies/%s/anc-contacts",
          "/api/v1/pregnancies/%s/anc-contacts/" + UUID.randomUUID(),
          "/api/v1/pregnancies/%s/delivery",
          "/api/v1/pregnancies/%s/postnatal-visits");

  private static final List<String> CHILD_PATHS =
      List.of(
          "/api/v1/children/%s",
          "/api/v1/children/%s/immunizations",
          "/api/v1/children/%s/neonatal-visits",
          "/api/v1/children/%s/growth-measurements");

  @Test
  void anotherCitizenCannotTellSomeoneElsesRecordFromAnUnknownId() {
    String mother = Kia.motherNik();
    JsonPath delivery = Kia.delivered(mother, 3);
    String pregnancy = delivery.getString("pregnancyId");
    String child = delivery.getString("babies[0].childId");
    String unknown = UUID.randomUUID().toString();

    for (String stranger :
        List.of(
            Kia.citizen(Kia.motherNik()),
            // a citizen's account without a NIK claim is no one's person either
            TestTokens.user("warga-tanpa-nik").roles("citizen").mint())) {
      for (String path : PREGNANCY_PATHS) {
        sameAsUnknown(stranger, path, pregnancy, unknown);
      }
      for (String path : CHILD_PATHS) {
        sameAsUnknown(stranger, path, child, unknown);
      }
    }

    // the persons of the records still read them
    for (String path : PREGNANCY_PATHS.subList(0, 2)) {
      as(Kia.citizen(mother)).get(path.formatted(pregnancy)).then().statusCode(200);
    }
    for (String path : CHILD_PATHS) {
      as(Kia.citizen(mother)).get(path.formatted(child)).then().statusCode(200);
    }
  }

  private static void sameAsUnknown(String token, String path, String recordId, String unknownId) {
    JsonPath someoneElses =
        as(token)
            .get(path.formatted(recordId))
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    JsonPath none =
        as(token)
            .get(path.formatted(unknownId))
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(someoneElses.getString("type")).as(path).isEqualTo(none.getString("type"));
    assertThat(someoneElses.getString("title")).as(path).isEqualTo(none.getString("title"));
    assertThat(someoneElses.getString("detail").replace(recordId, "{id}"))
        .as(path)
        .isEqualTo(none.getString("detail").replace(unknownId, "{id}"));
  }
}

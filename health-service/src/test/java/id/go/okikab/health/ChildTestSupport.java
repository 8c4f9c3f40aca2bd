package id.go.okikab.health;

import static id.go.okikab.health.Kia.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;

/** A child record of a given age, made the way the civil registry makes one: by registering it. */
public final class ChildTestSupport {

  private ChildTestSupport() {}

  /** A child with this birth date and sex, living in {@code desa}; returns its record id. */
  public static String registeredChild(
      KafkaCompanion kafka,
      ObjectMapper json,
      SubjectRefs refs,
      String motherNik,
      LocalDate born,
      Sex sex,
      String desa) {
    var birth =
        CivilRegistryRecords.birth(
            refs.of(Kia.childNik(born, sex)), refs.of(motherNik), null, born, sex, desa, null);
    kafka.produceStrings().fromRecords(CivilRegistryRecords.record(json, birth)).awaitCompletion();
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                as(Kia.citizen(motherNik))
                    .get("/api/v1/children")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class),
            ids -> ids.size() == 1)
        .get(0);
  }
}

package id.go.okikab.civilregistry.messaging;

import static id.go.okikab.civilregistry.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.civilregistry.Fixtures;
import id.go.okikab.civilregistry.Fixtures.Household;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.CivilRegistryEvents;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * No NIK, KK number or name leaves the registry in an event or a log line. The test runs every flow
 * that publishes (so every event type of the registry is on its topic), then reads every record on
 * every civil-registry topic — including those of the other tests of this JVM — and looks for
 * NIK-like 16-digit numbers and for every NIK, KK number and name the tests used.
 */
@QuarkusTest
class PrivacyTest {

  /** A 16-digit number that is not part of a longer hex token (subjectRefs are hex). */
  static final Pattern NIK_LIKE = Pattern.compile("(?<![0-9a-fA-F])\\d{16}(?![0-9a-fA-F])");

  @Test
  void eventsAndLogsCarryNoNikKkNumberOrName() throws Exception {
    Queue logs = new Queue();
    Logger root = Logger.getLogger("");
    root.addHandler(logs);
    Set<String> secrets = new HashSet<>();
    try {
      runEveryFlow(secrets);
    } finally {
      root.removeHandler(logs);
    }
    secrets.addAll(Fixtures.NIKS);
    secrets.addAll(Fixtures.NAMES);

    List<String> topics =
        PlatformEvents.CATALOG.topics().stream()
            .filter(t -> t.context().equals("civil-registry"))
            .map(t -> t.name())
            .toList();
    assertThat(topics)
        .contains(
            CivilRegistryEvents.RESIDENT.name(),
            CivilRegistryEvents.FAMILY.name(),
            CivilRegistryEvents.BIRTH.name(),
            CivilRegistryEvents.DEATH.name(),
            CivilRegistryEvents.REGISTRATION.name());
    List<ConsumerRecord<String, String>> records;
    try (TopicProbe probe = TopicProbe.of(topics.toArray(String[]::new))) {
      // every event type of the registry has been published by now
      Set<String> types = new HashSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      Set<String> expected = new HashSet<>();
      PlatformEvents.CATALOG.types().stream()
          .filter(t -> t.topic().context().equals("civil-registry"))
          .forEach(t -> expected.add(t.ceType()));
      while (!types.containsAll(expected) && System.nanoTime() < deadline) {
        probe
            .drain(r -> true, Duration.ofMillis(500))
            .forEach(r -> types.add(TopicProbe.header(r, "ce_type")));
      }
      assertThat(types).containsAll(expected);
      records = probe.drain(r -> true, Duration.ofSeconds(2));
    }
    assertThat(records).hasSizeGreaterThan(20);
    for (ConsumerRecord<String, String> record : records) {
      // every header but the W3C trace context, whose random 16-hex-digit span id is sometimes all
      // decimal digits (and can hold no personal data)
      StringBuilder text = new StringBuilder(record.key()).append('\n').append(record.value());
      for (Header header : record.headers()) {
        if (!header.key().equals("traceparent") && !header.key().equals("tracestate")) {
          text.append('\n')
              .append(header.key())
              .append('=')
              .append(new String(header.value(), StandardCharsets.UTF_8));
        }
      }
      String all = text.toString();
      java.util.regex.Matcher nikLike = NIK_LIKE.matcher(all);
      assertThat(nikLike.find() ? nikLike.group() + " in " + all : "")
          .as("a 16-digit number in %s", TopicProbe.header(record, "ce_type"))
          .isEmpty();
      for (String secret : secrets) {
        assertThat(all)
            .as("%s event", TopicProbe.header(record, "ce_type"))
            .doesNotContainIgnoringCase(secret);
      }
    }

    assertThat(logs.lines).isNotEmpty();
    for (String line : logs.lines) {
      for (String secret : secrets) {
        assertThat(line).as("a log line").doesNotContainIgnoringCase(secret);
      }
    }
  }

  /** Registration, correction, family cards, birth, death, moves within, out and in. */
  void runEveryFlow(Set<String> secrets) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Household household = Fixtures.household();
    secrets.add(
        as(Fixtures.officer())
            .get("/api/v1/families/" + household.familyId())
            .then()
            .extract()
            .path("kkNumber"));
    // a correction
    String residentPath = "/api/v1/residents/" + household.wife().id();
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag(residentPath))
        .body(Map.of("changes", Map.of("occupation", "Guru"), "reason", "data baru"))
        .post(residentPath + "/corrections")
        .then()
        .statusCode(200);
    // a birth
    String birth =
        as(household.wife().token())
            .body(
                Fixtures.birth(
                    household.familyId(),
                    household.wife().id(),
                    household.head().id(),
                    today.minusDays(1),
                    Sex.MALE))
            .post("/api/v1/birth-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.verifyAndApprove("/api/v1/birth-registrations/" + birth);
    secrets.add(
        as(Fixtures.officer())
            .header("If-Match", Fixtures.etag("/api/v1/birth-registrations/" + birth))
            .post("/api/v1/birth-registrations/" + birth + "/registration")
            .then()
            .statusCode(200)
            .extract()
            .path("childNik"));
    // the head dies: a new head and a new KK number
    String death =
        as(Fixtures.officer())
            .body(
                Map.of(
                    "residentId",
                    household.head().id(),
                    "dateOfDeath",
                    today.toString(),
                    "placeOfDeath",
                    "Rumah",
                    "statementIssuer",
                    "DESA"))
            .post("/api/v1/death-registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.verifyAndApprove("/api/v1/death-registrations/" + death);
    as(Fixtures.officer())
        .header("If-Match", Fixtures.etag("/api/v1/death-registrations/" + death))
        .post("/api/v1/death-registrations/" + death + "/registration")
        .then()
        .statusCode(200);
    secrets.add(
        as(Fixtures.officer())
            .get("/api/v1/families/" + household.familyId())
            .then()
            .extract()
            .path("kkNumber"));
    // the family moves within OKI, the child moves out
    as(Fixtures.officer())
        .body(
            Map.of(
                "familyId",
                household.familyId(),
                "newAddress",
                Map.of("desaCode", Fixtures.TEBING_SULUH),
                "reason",
                "x"))
        .post("/api/v1/moves/within-regency")
        .then()
        .statusCode(201);
    secrets.add(
        as(Fixtures.officer())
            .get("/api/v1/families/" + household.familyId())
            .then()
            .extract()
            .path("kkNumber"));
    as(Fixtures.officer())
        .body(
            Map.of(
                "residentIds",
                List.of(household.child().id()),
                "destinationRegencyCode",
                "1671",
                "reason",
                "kuliah"))
        .post("/api/v1/moves/out-of-regency")
        .then()
        .statusCode(201);
    // someone moves in
    LocalDate born = LocalDate.of(1992, 12, 12);
    Map<String, Object> person =
        new java.util.HashMap<>(
            Fixtures.person(
                Fixtures.nik("327301", Sex.FEMALE, born),
                Fixtures.name(),
                Sex.FEMALE,
                born,
                Fixtures.KIJANG_ULU));
    person.remove("address");
    person.put("relationship", "1");
    String family =
        as(Fixtures.officer())
            .body(
                Map.of(
                    "originRegencyCode",
                    "3273",
                    "skpwniNumber",
                    "3273/1/2026",
                    "persons",
                    List.of(person),
                    "address",
                    Map.of("desaCode", Fixtures.KIJANG_ULU),
                    "reason",
                    "x"))
            .post("/api/v1/moves/into-regency")
            .then()
            .statusCode(201)
            .extract()
            .path("familyId");
    secrets.add(
        as(Fixtures.officer()).get("/api/v1/families/" + family).then().extract().path("kkNumber"));
    // agency and existence questions are answered and audited, never published
    as(Fixtures.agency())
        .body(
            Map.of(
                "nik",
                household.wife().nik(),
                "fullName",
                household.wife().name(),
                "birthDate",
                household.wife().birthDate().toString()))
        .post("/api/v1/verifications/residents")
        .then()
        .statusCode(200);
  }

  /** Collects formatted log lines. */
  static final class Queue extends Handler {
    final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      if (record.getParameters() != null && message != null) {
        try {
          message = String.format(message, record.getParameters());
        } catch (RuntimeException e) {
          message = message + " " + java.util.Arrays.toString(record.getParameters());
        }
      }
      lines.add(
          record.getLoggerName()
              + " "
              + message
              + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

package id.go.okikab.devstack.demo.health;

import static id.go.okikab.devstack.demo.Journey.ASYNC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.demo.Api;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.EventWatch;
import id.go.okikab.devstack.demo.Journey;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.World;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryJourney;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryJourney.Mother;
import id.go.okikab.devstack.demo.civilregistry.Population;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The journey at the puskesmas: the midwife {@code bidan1} registers {@code warga1}'s pregnancy,
 * records her ANC contacts K1–K6 and the delivery ({@code health.BirthReported}); once the registry
 * has registered the birth, health links the child's record to the registered child and the midwife
 * gives the birth dose and measures.
 *
 * <p>Each run is a new pregnancy and a new child of warga1 (her earlier pregnancies are delivered,
 * which allows a new one; the child count raises gravida and parity); a pregnancy left ongoing by
 * an interrupted run is continued.
 */
public final class HealthJourney {

  /** When the journey's baby is born: two hours before the journey, in WIB. */
  public static final World.Key<OffsetDateTime> BORN_AT = World.key(HealthDemo.NAME, "born at");

  /** The id of warga1's pregnancy. */
  public static final World.Key<String> PREGNANCY_ID = World.key(HealthDemo.NAME, "pregnancy");

  /** The id of the baby's health record. */
  public static final World.Key<String> CHILD_ID = World.key(HealthDemo.NAME, "child");

  static final String MIDWIFE = "bidan1";

  private static final World.Key<JsonNode> PREGNANCY =
      World.key(HealthDemo.NAME, "registered pregnancy");
  private static final int[] ANC_WEEKS = {8, 12, 20, 28, 32, 36};

  static List<JourneyStep> steps() {
    return List.of(
        JourneyStep.preparation(
            110,
            j ->
                j.world()
                    .put(
                        BORN_AT,
                        OffsetDateTime.now(HealthData.WIB)
                            .minusHours(2)
                            .truncatedTo(ChronoUnit.MINUTES))),
        JourneyStep.step(
            200, "bidan1 registers warga1's pregnancy", j -> new HealthJourney(j).pregnancy()),
        JourneyStep.step(
            210, "bidan1 records the ANC contacts K1-K6", j -> new HealthJourney(j).ancContacts()),
        JourneyStep.step(220, "bidan1 records the delivery", j -> new HealthJourney(j).delivery()),
        JourneyStep.step(
            400,
            "health links the child; bidan1 gives HB0 and measures",
            j -> new HealthJourney(j).linkedAndCared()));
  }

  private final Journey journey;
  private final Api api;
  private final World world;

  private HealthJourney(Journey journey) {
    this.journey = journey;
    this.api = journey.api();
    this.world = journey.world();
  }

  private void say(String line) {
    journey.say(line);
  }

  private void pregnancy() {
    Mother mother = world.get(CivilRegistryJourney.MOTHER);
    ObjectNode lookup = Api.object().put("motherNik", Population.WARGA1_NIK);
    for (JsonNode p : api.post(MIDWIFE, "/api/v1/pregnancies/lookup", lookup).expect(200).json()) {
      if (p.path("status").asText().equals("ONGOING")) {
        say("an ongoing pregnancy from an earlier, interrupted run: continued");
        registered(
            api.get(MIDWIFE, "/api/v1/pregnancies/" + p.path("id").asText()).expect(200).json());
        return;
      }
    }
    LocalDate today = LocalDate.now(HealthData.WIB);
    LocalDate hpht = today.minusWeeks(39);
    ObjectNode body = Api.object();
    body.put("motherNik", Population.WARGA1_NIK);
    JsonNode me = api.get(CivilRegistryJourney.CITIZEN, "/api/v1/residents/me").expect(200).json();
    body.put("desaCode", me.path("address").path("desaCode").asText());
    body.put("hpht", hpht.toString());
    body.put("gravida", mother.children() + 1);
    body.put("parity", mother.children());
    if (mother.youngestChild() != null && mother.youngestChild().isBefore(hpht)) {
      body.put("lastBirthDate", mother.youngestChild().toString());
    }
    body.put("heightCm", new BigDecimal("156.0"));
    JsonNode pregnancy = api.post(MIDWIFE, "/api/v1/pregnancies", body).expect(201).json();
    String id = pregnancy.path("id").asText();
    say(
        "pregnancy "
            + id
            + " at "
            + pregnancy.path("facilityCode").asText()
            + ": G"
            + pregnancy.path("gravida").asInt()
            + "P"
            + pregnancy.path("parity").asInt()
            + ", HPHT "
            + pregnancy.path("hpht").asText()
            + ", HPL "
            + pregnancy.path("dueDate").asText()
            + ", "
            + pregnancy.path("gestationalAge").path("weeks").asInt()
            + " weeks, KSPR "
            + pregnancy.path("risk").path("ksprScore").asInt()
            + " ("
            + pregnancy.path("risk").path("riskClass").asText()
            + ")");
    journey.expectEvents(
        "PregnancyRegistered", List.of(EventWatch.named("PregnancyRegistered", id)));
    registered(pregnancy);
  }

  private void registered(JsonNode pregnancy) {
    world.put(PREGNANCY, pregnancy);
    world.put(PREGNANCY_ID, pregnancy.path("id").asText());
    journey.outcome("pregnancy", pregnancy.path("id").asText());
  }

  private void ancContacts() {
    JsonNode pregnancy = world.get(PREGNANCY);
    String id = pregnancy.path("id").asText();
    LocalDate hpht = LocalDate.parse(pregnancy.path("hpht").asText());
    int recorded = pregnancy.path("ancContactCount").asInt();
    List<Predicate<EventWatch.Event>> expected = new ArrayList<>();
    for (int i = recorded; i < ANC_WEEKS.length; i++) {
      ObjectNode body = Api.object();
      LocalDate visit = hpht.plusWeeks(ANC_WEEKS[i]);
      body.put("visitDate", visit.toString());
      body.put("withDoctor", i == 0 || i == 4);
      body.put("weightKg", new BigDecimal("54.0").add(BigDecimal.valueOf(ANC_WEEKS[i] * 3L, 1)));
      body.put("systolicMmHg", 110 + i);
      body.put("diastolicMmHg", 72);
      body.put("lilaCm", new BigDecimal("25.5"));
      body.put("hbGramsPerDecilitre", new BigDecimal("11.8"));
      if (ANC_WEEKS[i] >= 20) {
        body.put("fundalHeightCm", BigDecimal.valueOf(ANC_WEEKS[i] - 1L));
      }
      JsonNode answer =
          api.post(MIDWIFE, "/api/v1/pregnancies/" + id + "/anc-contacts", body).expect(201).json();
      JsonNode contact = answer.path("contact");
      say(
          "K"
              + contact.path("contactNumber").asInt()
              + " on "
              + visit
              + ": week "
              + contact.path("gestationalWeeks").asInt()
              + ", trimester "
              + contact.path("trimester").asInt()
              + (contact.path("withDoctor").asBoolean() ? ", with a doctor" : "")
              + "; KSPR "
              + answer.path("risk").path("ksprScore").asInt()
              + " ("
              + answer.path("risk").path("riskClass").asText()
              + ")");
      int number = contact.path("contactNumber").asInt();
      expected.add(
          e ->
              e.name().equals("AncContactRecorded")
                  && e.subject().equals(id)
                  && e.data().path("contactNumber").asInt() == number);
    }
    if (!expected.isEmpty()) {
      journey.expectEvents("AncContactRecorded for each contact", expected);
    }
    JsonNode after = api.get(MIDWIFE, "/api/v1/pregnancies/" + id).expect(200).json();
    StringBuilder schedule = new StringBuilder("ANC schedule:");
    for (JsonNode slot : after.path("ancSchedule")) {
      schedule
          .append(' ')
          .append(slot.path("slot").asText())
          .append('=')
          .append(slot.path("status").asText());
    }
    say(schedule.toString());
  }

  private void delivery() {
    String pregnancyId = world.get(PREGNANCY_ID);
    Mother mother = world.get(CivilRegistryJourney.MOTHER);
    OffsetDateTime bornAt = world.get(BORN_AT);
    String sex = mother.children() % 2 == 0 ? "FEMALE" : "MALE";
    ObjectNode body = Api.object();
    ObjectNode baby = body.putArray("babies").addObject();
    baby.put("bornAt", bornAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    baby.put("outcome", "LIVE_BIRTH");
    baby.put("sex", sex);
    baby.put("weightGrams", 3150);
    baby.put("lengthMillimetres", 495);
    body.put("place", "HEALTH_FACILITY");
    body.put("facilityCode", HealthData.BIDAN1_FACILITY);
    body.put("attendant", "MIDWIFE");
    JsonNode delivery =
        api.post(
                MIDWIFE,
                "/api/v1/pregnancies/" + pregnancyId + "/delivery",
                body,
                api.get(MIDWIFE, "/api/v1/pregnancies/" + pregnancyId).expect(200).etag())
            .expect(201)
            .json();
    JsonNode born = delivery.path("babies").path(0);
    String childId = born.path("childId").asText();
    say(
        "born "
            + born.path("bornAt").asText()
            + " at "
            + delivery.path("facilityCode").asText()
            + ", week "
            + delivery.path("gestationalWeeks").asInt()
            + ": "
            + (sex.equals("FEMALE") ? "a girl" : "a boy")
            + ", 3150 g, 49.5 cm; child health record "
            + childId);
    StringBuilder planned = new StringBuilder("postnatal visits planned:");
    for (JsonNode v : delivery.path("postnatalVisits")) {
      planned.append(' ').append(v.path("kind").asText());
    }
    say(planned.toString());
    journey.expectEvents(
        "BirthReported, and the civil registry's draft registration (RegistrationStatusChanged"
            + " DRAFT)",
        List.of(
            EventWatch.named("BirthReported", pregnancyId),
            e ->
                e.name().equals("RegistrationStatusChanged")
                    && e.data().path("status").asText().equals("DRAFT")
                    && e.data().path("channel").asText().equals("HEALTH")));
    world.put(CHILD_ID, childId);
    world.put(CivilRegistryJourney.REPORTED_CHILD, childId);
    journey.outcome("child", childId);
  }

  private void linkedAndCared() {
    String childId = world.get(CHILD_ID);
    String path = "/api/v1/children/" + childId;
    Instant deadline = Instant.now().plus(ASYNC);
    JsonNode child = api.get(MIDWIFE, path).expect(200).json();
    while (!child.path("linkedToCivilRegistry").asBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new DemoFailure(
            "the child's health record "
                + childId
                + " was not linked to the registered child within "
                + ASYNC.toSeconds()
                + " s: is health-service consuming civil-registry.birth.v1? (./oki logs"
                + " health-service)");
      }
      Api.pause(Duration.ofMillis(500));
      child = api.get(MIDWIFE, path).expect(200).json();
    }
    say(
        "child record "
            + childId
            + " linked to the registered child (childRef "
            + child.path("childRef").asText().substring(0, 12)
            + "…), age "
            + child.path("ageDays").asInt()
            + " days, basic immunisation "
            + child.path("basicImmunization").path("status").asText());
    JsonNode schedule = api.get(MIDWIFE, path + "/immunizations").expect(200).json();
    List<String> first = new ArrayList<>();
    for (JsonNode dose : schedule.path("doses")) {
      if (first.size() < 5) {
        first.add(
            dose.path("label").asText()
                + " "
                + dose.path("status").asText()
                + (dose.hasNonNull("dueDate") ? " " + dose.path("dueDate").asText() : ""));
      }
    }
    say(
        "immunisation schedule: "
            + schedule.path("doses").size()
            + " doses; first: "
            + String.join(", ", first));
    LocalDate today = LocalDate.now(HealthData.WIB);
    ObjectNode dose = Api.object();
    dose.put("vaccine", "HB0");
    dose.put("doseNo", 1);
    dose.put("givenOn", today.toString());
    dose.put("batchNumber", "HB0-DEMO-" + today.getYear());
    JsonNode given = api.post(MIDWIFE, path + "/immunizations", dose).expect(201).json();
    say("HB0 given on " + today + " (" + given.path("status").asText("recorded") + ")");
    ObjectNode measurement = Api.object();
    measurement.put("measuredOn", today.toString());
    measurement.put("weightKg", new BigDecimal("3.15"));
    measurement.put("lengthCm", new BigDecimal("49.5"));
    measurement.put("position", "LYING");
    JsonNode growth =
        api.post(MIDWIFE, path + "/growth-measurements", measurement).expect(201).json();
    List<String> indices = new ArrayList<>();
    for (JsonNode index : growth.path("indices")) {
      if (index.hasNonNull("z")) {
        indices.add(
            index.path("indicator").asText()
                + " z="
                + index.path("z").asText()
                + (index.hasNonNull("classLabel") ? " " + index.path("classLabel").asText() : ""));
      }
    }
    say("first growth measurement: 3.15 kg, 49.5 cm lying — " + String.join("; ", indices));
    journey.expectEvents(
        "ImmunizationGiven and GrowthAssessed",
        List.of(
            EventWatch.named("ImmunizationGiven", childId),
            EventWatch.named("GrowthAssessed", childId)));
  }
}

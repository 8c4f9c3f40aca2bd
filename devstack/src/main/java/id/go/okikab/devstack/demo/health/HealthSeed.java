package id.go.okikab.devstack.demo.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.demo.Api;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.Seeding;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryDemo.YoungChild;
import id.go.okikab.devstack.demo.health.HealthData.AncVisit;
import id.go.okikab.devstack.demo.health.HealthData.ChildCare;
import id.go.okikab.devstack.demo.health.HealthData.Delivery;
import id.go.okikab.devstack.demo.health.HealthData.Measurement;
import id.go.okikab.devstack.demo.health.HealthData.PlannedDose;
import id.go.okikab.devstack.demo.health.HealthData.Pregnancy;
import id.go.okikab.devstack.demo.health.HealthData.Puskesmas;
import id.go.okikab.devstack.demo.health.HealthData.ScheduleDose;
import id.go.okikab.platform.domain.Sex;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records {@link HealthData} through the health service's API, each puskesmas by its own midwife (a
 * health officer reaches only her facility's kecamatan, ADR 0010): pregnancies with their ANC
 * contacts, deliveries with the newborn's first care, and the immunisations and growth measurements
 * of the young children whose records the health service opened from the registry's {@code
 * BirthRegistered}.
 *
 * <p>Idempotent: each step first finds what exists (a mother's pregnancy already registered, a
 * contact already recorded, a dose already given, a day already measured) and creating calls carry
 * an {@code Idempotency-Key}, so a repeated load completes what is missing and creates nothing
 * twice.
 */
final class HealthSeed {

  private static final Duration CHILD_RECORDS_WAIT = Duration.ofSeconds(120);

  private final Seeding seeding;
  private final Api api;
  private final HealthData data;
  private final AtomicInteger ancContacts = new AtomicInteger();
  private final AtomicInteger immunizations = new AtomicInteger();
  private final AtomicInteger growth = new AtomicInteger();
  private final AtomicInteger visits = new AtomicInteger();
  private final AtomicInteger childRecords = new AtomicInteger();

  HealthSeed(Seeding seeding, HealthData data) {
    this.seeding = seeding;
    this.api = seeding.api();
    this.data = data;
  }

  /**
   * Records every puskesmas' data (puskesmas in parallel), with the young children the registry
   * registered.
   *
   * @return the summary's clause
   */
  String load(List<YoungChild> youngChildren) {
    LocalDate today = seeding.today();
    List<ScheduleDose> schedule = schedule(data.puskesmas().get(0).midwife().username());
    Map<String, List<YoungChild>> children = new HashMap<>();
    for (YoungChild child : youngChildren) {
      children.computeIfAbsent(child.kecamatanCode(), k -> new ArrayList<>()).add(child);
    }
    seeding.parallel(
        data.puskesmas(),
        p -> {
          puskesmas(p, children.getOrDefault(p.kecamatan().code(), List.of()), schedule, today);
          return p;
        });
    int pregnancies = data.puskesmas().stream().mapToInt(p -> p.pregnancies().size()).sum();
    int deliveries =
        (int)
            data.puskesmas().stream()
                .flatMap(p -> p.pregnancies().stream())
                .filter(p -> p.delivery() != null)
                .count();
    seeding.progress("health records of " + data.puskesmas().size() + " puskesmas");
    return String.format(
        "%d puskesmas, each with its midwife: %d pregnancies with %d ANC contacts, %d deliveries,"
            + " %d children's health records with %d immunisations and %d growth measurements, %d"
            + " postnatal visits",
        data.puskesmas().size(),
        pregnancies,
        ancContacts.get(),
        deliveries,
        childRecords.get(),
        immunizations.get(),
        growth.get(),
        visits.get());
  }

  // ---- the schedule: the service's reference data

  private List<ScheduleDose> schedule(String midwife) {
    List<ScheduleDose> schedule = new ArrayList<>();
    for (JsonNode d : api.get(midwife, "/api/v1/immunization-schedule").expect(200).json()) {
      schedule.add(
          new ScheduleDose(
              d.path("vaccine").asText(),
              d.path("doseNo").asInt(),
              d.path("recommendedAgeDays").asInt(),
              d.path("minAgeDays").asInt(),
              d.path("minIntervalDays").isNumber() ? d.path("minIntervalDays").asInt() : null,
              d.path("maxAgeDays").isNumber() ? d.path("maxAgeDays").asInt() : null));
    }
    return schedule;
  }

  // ---- a puskesmas' records, by its midwife

  private void puskesmas(
      Puskesmas puskesmas,
      List<YoungChild> children,
      List<ScheduleDose> schedule,
      LocalDate today) {
    String midwife = puskesmas.midwife().username();
    for (Pregnancy pregnancy : puskesmas.pregnancies()) {
      pregnancy(midwife, puskesmas, pregnancy);
    }
    Map<String, String> records = childRecords(midwife, puskesmas, children);
    for (YoungChild child : children) {
      String id = records.get(childKey(child.birth().sex(), child.bornOn()));
      childRecords.incrementAndGet();
      ChildCare care = data.care(child.kecamatanCode(), child.birth());
      for (PlannedDose dose : HealthData.doses(schedule, child.bornOn(), care, today)) {
        dose(midwife, id, dose.vaccine(), dose.doseNo(), dose.givenOn());
      }
      Set<LocalDate> measured = measuredOn(midwife, id);
      for (Measurement m :
          HealthData.measurements(child.birth().sex(), child.bornOn(), care, today)) {
        if (!measured.contains(m.measuredOn())) {
          growth(midwife, id, m);
        }
      }
    }
  }

  private void pregnancy(String midwife, Puskesmas puskesmas, Pregnancy plan) {
    ObjectNode mother = Api.object().put("motherNik", plan.motherNik());
    JsonNode existing = api.post(midwife, "/api/v1/pregnancies/lookup", mother).expect(200).json();
    String id;
    String status;
    int contacts;
    if (existing.isEmpty()) {
      ObjectNode body = Api.object();
      body.put("motherNik", plan.motherNik());
      body.put("desaCode", plan.desaCode());
      body.put("kohortNumber", plan.kohortNumber());
      body.put("hpht", plan.hpht().toString());
      body.put("gravida", plan.gravida());
      body.put("parity", plan.parity());
      if (plan.lastBirthDate() != null) {
        body.put("lastBirthDate", plan.lastBirthDate().toString());
      }
      body.put("heightCm", plan.heightCm());
      plan.riskFactors().forEach(body.putArray("riskFactors")::add);
      Api.Response registered = api.postOnce(midwife, "/api/v1/pregnancies", body).expect(201);
      seeding.countCreated(registered);
      id = registered.json().path("id").asText();
      status = registered.json().path("status").asText();
      contacts = registered.json().path("ancContactCount").asInt();
    } else {
      JsonNode latest = existing.get(0);
      id = latest.path("id").asText();
      status = latest.path("status").asText();
      contacts = latest.path("ancContactCount").asInt();
    }
    if (status.equals("ONGOING")) {
      for (AncVisit visit :
          plan.visits().subList(Math.min(contacts, plan.visits().size()), plan.visits().size())) {
        ObjectNode body = Api.object();
        body.put("visitDate", visit.date().toString());
        body.put("withDoctor", visit.withDoctor());
        body.put("weightKg", visit.weightKg());
        body.put("systolicMmHg", visit.systolicMmHg());
        body.put("diastolicMmHg", visit.diastolicMmHg());
        body.put("lilaCm", visit.lilaCm());
        body.put("hbGramsPerDecilitre", visit.hbGramsPerDecilitre());
        if (visit.fundalHeightCm() != null) {
          body.put("fundalHeightCm", visit.fundalHeightCm());
        }
        seeding.countCreated(
            api.postOnce(midwife, "/api/v1/pregnancies/" + id + "/anc-contacts", body).expect(201));
      }
    }
    ancContacts.addAndGet(plan.visits().size());
    Delivery delivery = plan.delivery();
    if (delivery == null) {
      return;
    }
    JsonNode recorded;
    if (status.equals("ONGOING")) {
      ObjectNode body = Api.object();
      ObjectNode baby = body.putArray("babies").addObject();
      baby.put("bornAt", delivery.bornAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      baby.put("outcome", "LIVE_BIRTH");
      baby.put("sex", delivery.sex().name());
      baby.put("weightGrams", delivery.weightGrams());
      baby.put("lengthMillimetres", delivery.lengthMillimetres());
      body.put("place", "HEALTH_FACILITY");
      body.put("facilityCode", puskesmas.facilityCode());
      body.put("desaCode", plan.desaCode());
      body.put("attendant", delivery.attendant());
      String etag = api.get(midwife, "/api/v1/pregnancies/" + id).expect(200).etag();
      Api.Response answer =
          api.postOnce(midwife, "/api/v1/pregnancies/" + id + "/delivery", body, etag).expect(201);
      seeding.countCreated(answer);
      recorded = answer.json();
    } else {
      recorded = api.get(midwife, "/api/v1/pregnancies/" + id + "/delivery").expect(200).json();
    }
    String childId = recorded.path("babies").path(0).path("childId").asText();
    newbornCare(midwife, id, childId, delivery);
  }

  /** The birth dose, the birth measurement, and KF1/KN1 the day after. */
  private void newbornCare(String midwife, String pregnancyId, String childId, Delivery delivery) {
    childRecords.incrementAndGet();
    LocalDate born = delivery.bornAt().toLocalDate();
    dose(midwife, childId, "HB0", 1, born);
    if (measuredOn(midwife, childId).isEmpty()) {
      growth(
          midwife,
          childId,
          new Measurement(
              born,
              BigDecimal.valueOf(delivery.weightGrams())
                  .movePointLeft(3)
                  .setScale(2, java.math.RoundingMode.HALF_UP),
              BigDecimal.valueOf(delivery.lengthMillimetres()).movePointLeft(1),
              "LYING"));
    }
    OffsetDateTime visited = delivery.bornAt().plusHours(20);
    if (visited.isBefore(OffsetDateTime.now())) {
      String at = visited.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      visit(midwife, "/api/v1/children/" + childId + "/neonatal-visits", "KN1", at);
      visit(midwife, "/api/v1/pregnancies/" + pregnancyId + "/postnatal-visits", "KF1", at);
    }
  }

  private void visit(String midwife, String path, String kind, String at) {
    ObjectNode body = Api.object().put("kind", kind).put("visitedAt", at);
    Api.Response answer = api.postOnce(midwife, path, body).expect(200, 201, 409);
    if (!answer.is(409)) {
      seeding.countCreated(answer);
    }
    visits.incrementAndGet();
  }

  private void dose(String midwife, String childId, String vaccine, int doseNo, LocalDate givenOn) {
    ObjectNode body = Api.object();
    body.put("vaccine", vaccine);
    body.put("doseNo", doseNo);
    body.put("givenOn", givenOn.toString());
    body.put(
        "batchNumber", vaccine.replace("-", "") + "-" + givenOn.getYear() + "-" + (10 + doseNo));
    Api.Response answer =
        api.postOnce(midwife, "/api/v1/children/" + childId + "/immunizations", body)
            .expect(201, 409);
    if (answer.is(201)) {
      seeding.countCreated(answer);
    }
    immunizations.incrementAndGet();
  }

  private Set<LocalDate> measuredOn(String midwife, String childId) {
    Set<LocalDate> dates = new HashSet<>();
    for (JsonNode m :
        api.get(midwife, "/api/v1/children/" + childId + "/growth-measurements")
            .expect(200)
            .json()) {
      dates.add(LocalDate.parse(m.path("measuredOn").asText()));
    }
    return dates;
  }

  private void growth(String midwife, String childId, Measurement m) {
    ObjectNode body = Api.object();
    body.put("measuredOn", m.measuredOn().toString());
    body.put("weightKg", m.weightKg());
    body.put("lengthCm", m.lengthCm());
    body.put("position", m.position());
    seeding.countCreated(
        api.postOnce(midwife, "/api/v1/children/" + childId + "/growth-measurements", body)
            .expect(201));
    growth.incrementAndGet();
  }

  /**
   * The health records of the area's young children, by sex and birth date: opened by the health
   * service from the registry's {@code BirthRegistered} events, so they may take a moment.
   */
  private Map<String, String> childRecords(
      String midwife, Puskesmas puskesmas, List<YoungChild> children) {
    Set<String> wanted = new HashSet<>();
    children.forEach(c -> wanted.add(childKey(c.birth().sex(), c.bornOn())));
    Map<String, String> found = new HashMap<>();
    Instant deadline = Instant.now().plus(CHILD_RECORDS_WAIT);
    while (true) {
      found.clear();
      for (int page = 0; ; page++) {
        JsonNode answer =
            api.get(midwife, "/api/v1/children?size=100&page=" + page).expect(200).json();
        for (JsonNode c : answer.path("items")) {
          if (c.path("desaCode").asText().startsWith(puskesmas.kecamatan().code())) {
            String key =
                childKey(
                    Sex.valueOf(c.path("sex").asText()),
                    LocalDate.parse(c.path("birthDate").asText()));
            if (wanted.contains(key)) {
              found.put(key, c.path("id").asText());
            }
          }
        }
        if (page + 1 >= answer.path("totalPages").asInt()) {
          break;
        }
      }
      if (found.keySet().containsAll(wanted)) {
        return found;
      }
      if (Instant.now().isAfter(deadline)) {
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(found.keySet());
        throw new DemoFailure(
            "the health service has no record, after "
                + CHILD_RECORDS_WAIT.toSeconds()
                + " s, of children of "
                + puskesmas.kecamatan().name()
                + " whose births the registry registered (sex and birth date: "
                + missing
                + "): is health-service consuming civil-registry.birth.v1? (./oki logs"
                + " health-service)");
      }
      Api.pause(Duration.ofSeconds(1));
    }
  }

  private static String childKey(Sex sex, LocalDate born) {
    return sex + " " + born;
  }
}

package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.demo.DemoData.Family;
import id.go.okikab.devstack.demo.DemoData.Member;
import id.go.okikab.devstack.demo.DemoData.Newborn;
import id.go.okikab.devstack.demo.DemoData.Person;
import id.go.okikab.devstack.demo.DemoData.Puskesmas;
import id.go.okikab.platform.domain.Sex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads {@link DemoData} into a running platform through its own APIs, through the gateway, with
 * the officers' real tokens: the registry officer {@code dukcapil1} records the families' existing
 * cards (residents with their NIK, the card with its KK number), registers the young children's
 * births (the registry issues their NIKs; the health service opens their records from {@code
 * BirthRegistered}) and a few deaths; the midwife of each puskesmas ({@code bidan1} for Kayu Agung,
 * demo accounts {@code bidan-<kecamatan>} made in the local Keycloak for the others, see {@link
 * Midwives}) registers pregnancies with their ANC contacts, deliveries, and the young children's
 * immunisations and growth measurements. The regions are the registry's own (Flyway).
 *
 * <p>Idempotent: each step first finds what exists (a NIK or KK number already recorded, a child
 * already on the card, a mother's pregnancy already registered, a dose already given) and creating
 * calls carry an {@code Idempotency-Key}, so a failed or repeated load completes what is missing
 * and creates nothing twice. {@link #MARKER} in the stack's data folder records a complete load.
 */
public final class DemoDataLoader {

  /** Written into the stack's data folder after a complete load. */
  public static final String MARKER = "demo-loaded";

  static final String REGISTRY_OFFICER = "dukcapil1";
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final int THREADS = 4;
  private static final Duration CHILD_RECORDS_WAIT = Duration.ofSeconds(120);

  /** Where progress goes: one call per finished part. */
  @FunctionalInterface
  public interface Progress {
    void done(String what);
  }

  /** What the platform holds of the demo data after the load, and how much of it is new. */
  public record Summary(
      int kecamatan,
      int residents,
      int families,
      int births,
      int deaths,
      int midwives,
      int pregnancies,
      int ancContacts,
      int deliveries,
      int childRecords,
      int immunizations,
      int growthMeasurements,
      int postnatalVisits,
      int created,
      Duration took) {

    public String describe() {
      return String.format(
          "%d residents (%d of them born and registered through birth registrations) in %d family"
              + " cards across %d kecamatan, %d deaths registered; %d puskesmas, each with its"
              + " midwife: %d pregnancies with %d ANC contacts, %d deliveries, %d children's"
              + " health records with %d immunisations and %d growth measurements, %d postnatal"
              + " visits",
          residents,
          births,
          families,
          kecamatan,
          deaths,
          midwives,
          pregnancies,
          ancContacts,
          deliveries,
          childRecords,
          immunizations,
          growthMeasurements,
          postnatalVisits);
    }
  }

  private final Stack stack;
  private final Api api;
  private final Progress progress;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger ancContacts = new AtomicInteger();
  private final AtomicInteger immunizations = new AtomicInteger();
  private final AtomicInteger growth = new AtomicInteger();
  private final AtomicInteger visits = new AtomicInteger();
  private final AtomicInteger childRecords = new AtomicInteger();

  private final Instant started = Instant.now();

  private DemoDataLoader(Stack stack, Progress progress) {
    this.stack = stack;
    this.api = new Api(stack);
    Progress timed =
        what ->
            progress.done(
                what + " (" + Duration.between(started, Instant.now()).toSeconds() + " s)");
    this.progress = timed;
  }

  /** Whether a complete load was recorded in the stack's data folder. */
  public static boolean loaded(Stack stack) {
    return Files.exists(stack.home().resolve(MARKER));
  }

  /**
   * Loads (or completes) the demo data of {@link DemoData#SEED} into the running platform, then
   * writes {@link #MARKER}.
   *
   * @throws DemoFailure naming the refused request and the platform's answer
   */
  public static Summary load(Stack stack, Progress progress) {
    return new DemoDataLoader(stack, progress).run(DemoData.SEED);
  }

  private Summary run(long seed) {
    LocalDate today = LocalDate.now(WIB);
    List<DemoData.Kecamatan> regions = regions();
    progress.done(regions.size() + " kecamatan");
    DemoData data = DemoData.generate(seed, today, regions);

    List<DemoData.Midwife> midwives = data.puskesmas().stream().map(Puskesmas::midwife).toList();
    created.addAndGet(Midwives.ensure(stack, api.http(), midwives));
    progress.done(midwives.size() + " midwives");

    // the civil registry: cards, then births and deaths of each family (families in parallel)
    List<FamilyOnRecord> onRecord = parallel(data.families(), this::family);
    int residents = onRecord.stream().mapToInt(f -> f.family().members().size()).sum();
    progress.done(residents + " residents in " + onRecord.size() + " family cards");
    List<FamilyOnRecord> withEvents =
        parallel(
            onRecord,
            f -> new FamilyOnRecord(f.family(), f.familyId(), f.residentIds(), births(f)));
    for (FamilyOnRecord f : withEvents) {
      deaths(f);
    }
    int births = data.births().size();
    int deaths = data.families().stream().mapToInt(f -> f.deaths().size()).sum();
    progress.done(births + " births and " + deaths + " deaths registered");

    // health: every puskesmas with its own midwife (puskesmas in parallel)
    List<DemoData.ScheduleDose> schedule = schedule(midwives.get(0).username());
    Map<String, List<YoungChild>> children = new HashMap<>();
    for (FamilyOnRecord f : withEvents) {
      for (int i = 0; i < f.family().births().size(); i++) {
        children
            .computeIfAbsent(f.family().kecamatanCode(), k -> new ArrayList<>())
            .add(new YoungChild(f.family().births().get(i), f.bornOn().get(i)));
      }
    }
    parallel(
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
    progress.done("health records of " + data.puskesmas().size() + " puskesmas");

    Summary summary =
        new Summary(
            regions.size(),
            residents + births,
            onRecord.size(),
            births,
            deaths,
            midwives.size(),
            pregnancies,
            ancContacts.get(),
            deliveries,
            childRecords.get(),
            immunizations.get(),
            growth.get(),
            visits.get(),
            created.get(),
            Duration.between(started, Instant.now()));
    writeMarker(seed, today, summary);
    return summary;
  }

  // ---- regions and the schedule: the services' reference data

  private List<DemoData.Kecamatan> regions() {
    List<DemoData.Kecamatan> kecamatan = new ArrayList<>();
    for (JsonNode k : items(api.get(null, "/api/v1/regions?parent=1602&size=100").expect(200))) {
      List<DemoData.Village> villages = new ArrayList<>();
      String code = k.path("code").asText();
      for (JsonNode v :
          items(api.get(null, "/api/v1/regions?parent=" + code + "&size=100").expect(200))) {
        villages.add(new DemoData.Village(v.path("code").asText(), v.path("name").asText()));
      }
      if (!villages.isEmpty()) {
        kecamatan.add(new DemoData.Kecamatan(code, k.path("name").asText(), villages));
      }
    }
    if (kecamatan.isEmpty()) {
      throw new DemoFailure(
          "the civil registry lists no kecamatan of OKI (GET /api/v1/regions?parent=1602)");
    }
    return kecamatan;
  }

  private List<DemoData.ScheduleDose> schedule(String midwife) {
    List<DemoData.ScheduleDose> schedule = new ArrayList<>();
    for (JsonNode d : api.get(midwife, "/api/v1/immunization-schedule").expect(200).json()) {
      schedule.add(
          new DemoData.ScheduleDose(
              d.path("vaccine").asText(),
              d.path("doseNo").asInt(),
              d.path("recommendedAgeDays").asInt(),
              d.path("minAgeDays").asInt(),
              d.path("minIntervalDays").isNumber() ? d.path("minIntervalDays").asInt() : null,
              d.path("maxAgeDays").isNumber() ? d.path("maxAgeDays").asInt() : null));
    }
    return schedule;
  }

  // ---- the civil registry

  /** A family as recorded: its id, its members' resident ids by NIK, its children's birth dates. */
  private record FamilyOnRecord(
      Family family, UUID familyId, Map<String, UUID> residentIds, List<LocalDate> bornOn) {}

  private FamilyOnRecord family(Family family) {
    Map<String, UUID> ids = new HashMap<>();
    for (Member member : family.members()) {
      ids.put(member.person().nik(), resident(member.person(), family.address()));
    }
    ObjectNode card = Api.object();
    for (Member member : family.members()) {
      ObjectNode m = card.withArray("members").addObject();
      m.put("residentId", ids.get(member.person().nik()).toString());
      m.put("relationship", member.relationship());
    }
    card.put("kkNumber", family.kkNumber());
    card.put("reason", "Kartu keluarga yang sudah terbit dicatat ke dalam registri (data demo)");
    Api.Response answer =
        api.postOnce(REGISTRY_OFFICER, "/api/v1/families", card).expect(201, 409, 422);
    UUID familyId;
    if (answer.is(201)) {
      countCreated(answer);
      familyId = uuid(answer.json().path("id"));
    } else {
      // recorded before: the card's number is taken, or its members are on it already
      UUID head = ids.get(family.head().nik());
      Api.Response resident = api.get(REGISTRY_OFFICER, "/api/v1/residents/" + head).expect(200);
      if (!resident.json().hasNonNull("familyId")) {
        throw new DemoFailure(answer.describe());
      }
      familyId = uuid(resident.json().path("familyId"));
    }
    return new FamilyOnRecord(family, familyId, ids, List.of());
  }

  private UUID resident(Person person, DemoData.Address address) {
    ObjectNode body = Api.object();
    body.put("nik", person.nik());
    body.put("fullName", person.fullName());
    body.put("sex", person.sex().name());
    body.put("birthDate", person.birthDate().toString());
    body.put("birthPlace", person.birthPlace());
    body.put("religion", person.religion());
    body.put("maritalStatus", person.maritalStatus());
    if (person.marriageRegistered() != null) {
      body.put("marriageRegistered", person.marriageRegistered());
    }
    body.put("bloodType", person.bloodType());
    body.put("occupation", person.occupation());
    parent(body, "mother", person.mother());
    parent(body, "father", person.father());
    ObjectNode a = body.putObject("address");
    a.put("desaCode", address.desaCode());
    a.put("rt", address.rt());
    a.put("rw", address.rw());
    a.put("street", address.street());
    Api.Response answer =
        api.postOnce(REGISTRY_OFFICER, "/api/v1/residents", body).expect(201, 409);
    if (answer.is(201)) {
      countCreated(answer);
      return uuid(answer.json().path("id"));
    }
    ObjectNode search = Api.object().put("nik", person.nik());
    JsonNode found =
        items(api.post(REGISTRY_OFFICER, "/api/v1/residents/search", search).expect(200));
    if (found.isEmpty()) {
      throw new DemoFailure(answer.describe());
    }
    return uuid(found.get(0).path("id"));
  }

  private static void parent(ObjectNode body, String field, DemoData.Parent parent) {
    if (parent == null) {
      return;
    }
    ObjectNode p = body.putObject(field);
    if (parent.nik() != null) {
      p.put("nik", parent.nik());
    }
    p.put("name", parent.name());
  }

  /**
   * Registers the family's young children (declared by the officer: SUBMITTED → VERIFYING →
   * APPROVED → REGISTERED), skipping a child already on the card; returns their birth dates as
   * recorded.
   */
  private List<LocalDate> births(FamilyOnRecord f) {
    if (f.family().births().isEmpty()) {
      return List.of();
    }
    Map<String, LocalDate> onCard = new HashMap<>();
    for (JsonNode m :
        api.get(REGISTRY_OFFICER, "/api/v1/families/" + f.familyId())
            .expect(200)
            .json()
            .path("members")) {
      onCard.put(m.path("fullName").asText(), LocalDate.parse(m.path("birthDate").asText()));
    }
    Person head = f.family().head();
    Person wife = f.family().wife();
    List<LocalDate> bornOn = new ArrayList<>();
    for (Newborn child : f.family().births()) {
      LocalDate recorded = onCard.get(child.name());
      if (recorded != null) {
        bornOn.add(recorded);
        continue;
      }
      ObjectNode body = Api.object();
      body.put("familyId", f.familyId().toString());
      body.put("childName", child.name());
      body.put("sex", child.sex().name());
      body.put("birthDate", child.birthDate().toString());
      body.put("birthTime", child.birthTime().format(TIME));
      body.put("birthPlace", child.birthPlace());
      body.put("birthDesaCode", child.birthDesaCode());
      body.putObject("mother").put("residentId", f.residentIds().get(wife.nik()).toString());
      body.putObject("father").put("residentId", f.residentIds().get(head.nik()).toString());
      body.put("relationship", "4");
      Api.Response declared =
          api.postOnce(REGISTRY_OFFICER, "/api/v1/birth-registrations", body).expect(201);
      countCreated(declared);
      advance("/api/v1/birth-registrations/", declared.json());
      bornOn.add(child.birthDate());
    }
    return bornOn;
  }

  private void deaths(FamilyOnRecord f) {
    for (DemoData.Death death : f.family().deaths()) {
      UUID resident = f.residentIds().get(death.nik());
      JsonNode person =
          api.get(REGISTRY_OFFICER, "/api/v1/residents/" + resident).expect(200).json();
      if (person.path("status").asText().equals("DECEASED")) {
        continue;
      }
      ObjectNode body = Api.object();
      body.put("residentId", resident.toString());
      body.put("dateOfDeath", death.dateOfDeath().toString());
      body.put("placeOfDeath", death.placeOfDeath());
      body.put("statementIssuer", "DESA");
      body.put(
          "statementReference",
          "SKK/" + death.dateOfDeath().getYear() + "/" + death.nik().substring(12));
      Api.Response declared =
          api.postOnce(REGISTRY_OFFICER, "/api/v1/death-registrations", body).expect(201);
      countCreated(declared);
      advance("/api/v1/death-registrations/", declared.json());
    }
  }

  /** Moves an officer-declared registration on to REGISTERED. */
  private void advance(String path, JsonNode registration) {
    String id = registration.path("id").asText();
    String status = registration.path("status").asText();
    while (!status.equals("REGISTERED")) {
      String step =
          switch (status) {
            case "SUBMITTED" -> "verification";
            case "VERIFYING" -> "approval";
            case "APPROVED" -> "registration";
            default ->
                throw new DemoFailure(
                    "registration " + id + " is " + status + "; the demo load cannot continue it");
          };
      JsonNode body = step.equals("approval") ? Api.object() : null;
      status =
          api.postOnce(REGISTRY_OFFICER, path + id + "/" + step, body)
              .expect(200)
              .json()
              .path("status")
              .asText();
    }
  }

  // ---- health: a puskesmas' records, by its midwife

  private record YoungChild(Newborn birth, LocalDate bornOn) {}

  private void puskesmas(
      Puskesmas puskesmas,
      List<YoungChild> children,
      List<DemoData.ScheduleDose> schedule,
      LocalDate today) {
    String midwife = puskesmas.midwife().username();
    for (DemoData.Pregnancy pregnancy : puskesmas.pregnancies()) {
      pregnancy(midwife, puskesmas, pregnancy);
    }
    Map<String, String> records = childRecords(midwife, puskesmas, children);
    for (YoungChild child : children) {
      String id = records.get(childKey(child.birth().sex(), child.bornOn()));
      childRecords.incrementAndGet();
      for (DemoData.PlannedDose dose :
          DemoData.doses(schedule, child.bornOn(), child.birth().care(), today)) {
        dose(midwife, id, dose.vaccine(), dose.doseNo(), dose.givenOn());
      }
      Set<LocalDate> measured = measuredOn(midwife, id);
      for (DemoData.Measurement m :
          DemoData.measurements(child.birth().sex(), child.bornOn(), child.birth().care(), today)) {
        if (!measured.contains(m.measuredOn())) {
          growth(midwife, id, m);
        }
      }
    }
  }

  private void pregnancy(String midwife, Puskesmas puskesmas, DemoData.Pregnancy plan) {
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
      countCreated(registered);
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
      for (DemoData.AncVisit visit :
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
        countCreated(
            api.postOnce(midwife, "/api/v1/pregnancies/" + id + "/anc-contacts", body).expect(201));
      }
    }
    ancContacts.addAndGet(plan.visits().size());
    DemoData.Delivery delivery = plan.delivery();
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
      Api.Response answer =
          api.postOnce(midwife, "/api/v1/pregnancies/" + id + "/delivery", body).expect(201);
      countCreated(answer);
      recorded = answer.json();
    } else {
      recorded = api.get(midwife, "/api/v1/pregnancies/" + id + "/delivery").expect(200).json();
    }
    String childId = recorded.path("babies").path(0).path("childId").asText();
    newbornCare(midwife, id, childId, delivery);
  }

  /** The birth dose, the birth measurement, and KF1/KN1 the day after. */
  private void newbornCare(
      String midwife, String pregnancyId, String childId, DemoData.Delivery delivery) {
    childRecords.incrementAndGet();
    LocalDate born = delivery.bornAt().toLocalDate();
    dose(midwife, childId, "HB0", 1, born);
    if (measuredOn(midwife, childId).isEmpty()) {
      growth(
          midwife,
          childId,
          new DemoData.Measurement(
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
      countCreated(answer);
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
      countCreated(answer);
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

  private void growth(String midwife, String childId, DemoData.Measurement m) {
    ObjectNode body = Api.object();
    body.put("measuredOn", m.measuredOn().toString());
    body.put("weightKg", m.weightKg());
    body.put("lengthCm", m.lengthCm());
    body.put("position", m.position());
    countCreated(
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

  // ---- helpers

  private void countCreated(Api.Response answer) {
    if (answer.headers().firstValue("Idempotent-Replayed").isEmpty()) {
      created.incrementAndGet();
    }
  }

  private static JsonNode items(Api.Response page) {
    return page.json().path("items");
  }

  private static UUID uuid(JsonNode node) {
    return UUID.fromString(node.asText());
  }

  /** Runs {@code work} over {@code inputs} on a few threads; the first failure stops the rest. */
  private static <T, R> List<R> parallel(List<T> inputs, Function<T, R> work) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(pool.submit(() -> work.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          pool.shutdownNow();
          if (e.getCause() instanceof DemoFailure failure) {
            throw failure;
          }
          throw new DemoFailure("the demo load failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DemoFailure("interrupted", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeMarker(long seed, LocalDate today, Summary summary) {
    Path marker = stack.home().resolve(MARKER);
    try {
      Files.createDirectories(stack.home());
      Files.writeString(
          marker,
          "# demo data loaded by ./oki (DemoDataLoader); delete this file to load again on ./oki up\n"
              + "seed="
              + seed
              + "\nday="
              + today
              + "\nloadedAt="
              + Instant.now()
              + "\nsummary="
              + summary.describe()
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

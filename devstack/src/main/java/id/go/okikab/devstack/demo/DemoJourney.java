package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.Stack;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The platform's main cross-agency journey, run against a running platform through the gateway with
 * the demo users' real tokens, printing each step and the events it caused:
 *
 * <ol>
 *   <li>the midwife {@code bidan1} registers {@code warga1}'s pregnancy and
 *   <li>her ANC contacts K1–K6,
 *   <li>records the delivery ({@code health.BirthReported});
 *   <li>the civil registry opens a birth declaration from it;
 *   <li>the registry officer {@code dukcapil1} completes and registers the birth: the child gets a
 *       NIK, joins the family card, and the birth certificate verifies publicly;
 *   <li>the health service links the child's record to the registered child; the midwife records
 *       the birth dose and the first growth measurement;
 *   <li>{@code warga1} sees all of it in {@code /me/overview} and {@code /me/timeline};
 *   <li>the operator {@code kominfo1} sees the birth in the dashboard and the live feed.
 * </ol>
 *
 * <p>Re-runnable on the same platform: each run is a new pregnancy and a new child of warga1 (her
 * earlier pregnancies are delivered, which allows a new one; the child count raises gravida and
 * parity, and the names differ). A pregnancy left ongoing by an interrupted run is continued. Needs
 * the demo data ({@link DemoDataLoader}): warga1 and her family card.
 */
public final class DemoJourney {

  static final String MIDWIFE = "bidan1";
  static final String REGISTRAR = "dukcapil1";
  static final String MOTHER = "warga1";
  static final String OPERATOR = "kominfo1";
  static final String KECAMATAN = "160205";
  private static final Duration ASYNC = Duration.ofSeconds(45);
  private static final int[] ANC_WEEKS = {8, 12, 20, 28, 32, 36};
  private static final List<String> GIRLS =
      List.of("Aisyah", "Zahra", "Nayla", "Alya", "Keisha", "Naura", "Syifa", "Salsabila");
  private static final List<String> BOYS =
      List.of("Rafa", "Arkan", "Fatih", "Daffa", "Rayyan", "Azka", "Habibi", "Zidan");

  /** What the journey made: the records it created, and how long it took. */
  public record Result(
      String pregnancyId,
      String childId,
      String registrationId,
      String childNik,
      String certificateCode,
      Duration took) {}

  private final Stack stack;
  private final Api api;
  private final Consumer<String> out;
  private EventWatch events;
  private int step;

  private DemoJourney(Stack stack, Consumer<String> out) {
    this.stack = stack;
    this.api = new Api(stack);
    this.out = out;
  }

  /**
   * Runs the journey, printing to {@code out}.
   *
   * @throws DemoFailure naming the step that failed and why (a refused request with its answer, or
   *     an asynchronous effect that did not come within its time)
   */
  public static Result run(Stack stack, Consumer<String> out) {
    return new DemoJourney(stack, out).run();
  }

  private Result run() {
    Instant started = Instant.now();
    out.accept(
        "The demo journey: a birth in Kayu Agung, from the midwife to the citizen's app and the"
            + " regency dashboard");
    out.accept("(gateway " + api.base() + ", events from Kafka " + stack.bootstrapServers() + ")");
    Mother mother = step("warga1 and her family card (demo data)", this::mother);
    OffsetDateTime bornAt =
        OffsetDateTime.now(DemoData.WIB).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
    String month = bornAt.toLocalDate().toString().substring(0, 7);
    try (EventWatch watch = new EventWatch(stack);
        LiveFeed feed = new LiveFeed(api, OPERATOR, "?topic=civil-registry.birth.v1")) {
      events = watch;
      long birthsBefore = births(month);
      JsonNode pregnancy = step("bidan1 registers warga1's pregnancy", () -> pregnancy(mother));
      String pregnancyId = pregnancy.path("id").asText();
      step("bidan1 records the ANC contacts K1-K6", () -> ancContacts(pregnancy));
      String childId =
          step("bidan1 records the delivery", () -> delivery(pregnancyId, mother, bornAt));
      JsonNode draft =
          step(
              "the civil registry opens a birth declaration from health.BirthReported",
              () -> draft(childId));
      String registrationId = draft.path("id").asText();
      JsonNode registered = step("dukcapil1 registers the birth", () -> register(draft, mother));
      String childNik = registered.path("childNik").asText();
      String code = registered.path("certificate").path("verificationCode").asText();
      step(
          "health links the child; bidan1 gives HB0 and measures",
          () -> health(childId, registered));
      step(
          "warga1 sees it in /me/overview and /me/timeline",
          () -> citizen(mother, pregnancyId, childId, registrationId, registered));
      step(
          "kominfo1 sees the birth in the dashboard and the live feed",
          () -> operator(feed, month, birthsBefore, registrationId));
      Duration took = Duration.between(started, Instant.now());
      out.accept("");
      out.accept(
          "The journey is complete ("
              + took.toMillis() / 1000.0
              + " s): pregnancy "
              + pregnancyId
              + ", child "
              + childId
              + ", NIK "
              + childNik
              + ", birth registration "
              + registrationId
              + ", certificate code "
              + code);
      return new Result(pregnancyId, childId, registrationId, childNik, code, took);
    } finally {
      events = null;
    }
  }

  // ---- steps

  private <T> T step(String title, Supplier<T> action) {
    step++;
    out.accept("");
    out.accept("[" + step + "] " + title);
    Instant started = Instant.now();
    try {
      T result = action.get();
      out.accept("    ok (" + Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s)");
      return result;
    } catch (DemoFailure e) {
      throw new DemoFailure("step " + step + " (" + title + ") failed:\n" + e.getMessage(), e);
    }
  }

  private void say(String line) {
    out.accept("    " + line);
  }

  private void expectEvents(String what, List<Predicate<EventWatch.Event>> expected) {
    events.expect(e -> out.accept("      event  " + e.line()), ASYNC, expected, what);
  }

  /** warga1 as the registry knows her: her resident id, her card, its head and children. */
  private record Mother(
      String residentId,
      String fullName,
      String familyId,
      String kkNumber,
      String husbandId,
      String surname,
      int children,
      LocalDate youngestChild) {}

  private Mother mother() {
    Api.Response me = api.get(MOTHER, "/api/v1/residents/me");
    if (me.is(404)) {
      throw new DemoFailure(
          "warga1 (NIK "
              + DemoData.WARGA1_NIK
              + ") is not a resident: load the demo data first (./oki demo-data)\n"
              + me.describe());
    }
    JsonNode resident = me.expect(200).json();
    JsonNode family = api.get(MOTHER, "/api/v1/families/mine").expect(200).json();
    String husband = null;
    String surname = "Kurniawan";
    int children = 0;
    LocalDate youngest = null;
    for (JsonNode m : family.path("members")) {
      String relationship = m.path("relationship").path("code").asText();
      if (relationship.equals("1")
          && !m.path("residentId").asText().equals(resident.path("id").asText())) {
        husband = m.path("residentId").asText();
        String name = m.path("fullName").asText();
        surname = name.substring(name.lastIndexOf(' ') + 1);
      }
      if (relationship.equals("4")) {
        children++;
        LocalDate born = LocalDate.parse(m.path("birthDate").asText());
        if (youngest == null || born.isAfter(youngest)) {
          youngest = born;
        }
      }
    }
    say(
        "warga1 = "
            + resident.path("fullName").asText()
            + ", NIK "
            + resident.path("nik").asText()
            + ", "
            + resident.path("address").path("desaName").asText()
            + ", "
            + resident.path("address").path("kecamatanName").asText());
    say(
        "family card KK "
            + family.path("kkNumber").asText()
            + ": "
            + family.path("members").size()
            + " members, "
            + children
            + " child(ren)");
    return new Mother(
        resident.path("id").asText(),
        resident.path("fullName").asText(),
        family.path("id").asText(),
        family.path("kkNumber").asText(),
        husband,
        surname,
        children,
        youngest);
  }

  private JsonNode pregnancy(Mother mother) {
    ObjectNode lookup = Api.object().put("motherNik", DemoData.WARGA1_NIK);
    for (JsonNode p : api.post(MIDWIFE, "/api/v1/pregnancies/lookup", lookup).expect(200).json()) {
      if (p.path("status").asText().equals("ONGOING")) {
        say("an ongoing pregnancy from an earlier, interrupted run: continued");
        return api.get(MIDWIFE, "/api/v1/pregnancies/" + p.path("id").asText()).expect(200).json();
      }
    }
    LocalDate today = LocalDate.now(DemoData.WIB);
    LocalDate hpht = today.minusWeeks(39);
    ObjectNode body = Api.object();
    body.put("motherNik", DemoData.WARGA1_NIK);
    JsonNode me = api.get(MOTHER, "/api/v1/residents/me").expect(200).json();
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
    expectEvents("PregnancyRegistered", List.of(EventWatch.named("PregnancyRegistered", id)));
    return pregnancy;
  }

  private Void ancContacts(JsonNode pregnancy) {
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
      expectEvents("AncContactRecorded for each contact", expected);
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
    return null;
  }

  private String delivery(String pregnancyId, Mother mother, OffsetDateTime bornAt) {
    String sex = mother.children() % 2 == 0 ? "FEMALE" : "MALE";
    ObjectNode body = Api.object();
    ObjectNode baby = body.putArray("babies").addObject();
    baby.put("bornAt", bornAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    baby.put("outcome", "LIVE_BIRTH");
    baby.put("sex", sex);
    baby.put("weightGrams", 3150);
    baby.put("lengthMillimetres", 495);
    body.put("place", "HEALTH_FACILITY");
    body.put("facilityCode", DemoData.BIDAN1_FACILITY);
    body.put("attendant", "MIDWIFE");
    JsonNode delivery =
        api.post(MIDWIFE, "/api/v1/pregnancies/" + pregnancyId + "/delivery", body)
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
    expectEvents(
        "BirthReported, and the civil registry's draft registration (RegistrationStatusChanged"
            + " DRAFT)",
        List.of(
            EventWatch.named("BirthReported", pregnancyId),
            e ->
                e.name().equals("RegistrationStatusChanged")
                    && e.data().path("status").asText().equals("DRAFT")
                    && e.data().path("channel").asText().equals("HEALTH")));
    return childId;
  }

  private JsonNode draft(String childId) {
    List<String> checked = new ArrayList<>();
    Instant deadline = Instant.now().plus(ASYNC);
    while (Instant.now().isBefore(deadline)) {
      for (int page = 0; ; page++) {
        JsonNode list =
            api.get(REGISTRAR, "/api/v1/birth-registrations?status=DRAFT&size=100&page=" + page)
                .expect(200)
                .json();
        for (JsonNode summary : list.path("items")) {
          String id = summary.path("id").asText();
          if (checked.contains(id)) {
            continue;
          }
          JsonNode registration =
              api.get(REGISTRAR, "/api/v1/birth-registrations/" + id).expect(200).json();
          if (childId.equals(registration.path("healthChildId").asText())) {
            say(
                "birth registration "
                    + id
                    + ": "
                    + registration.path("status").asText()
                    + ", channel "
                    + registration.path("channel").asText()
                    + ", mother "
                    + registration.path("mother").path("name").asText()
                    + ", family card "
                    + registration.path("familyId").asText()
                    + ", born "
                    + registration.path("child").path("birthDate").asText()
                    + " "
                    + registration.path("child").path("birthTime").asText()
                    + " in "
                    + registration.path("child").path("birthPlace").asText());
            return registration;
          }
          checked.add(id);
        }
        if (page + 1 >= list.path("totalPages").asInt()) {
          break;
        }
      }
      Api.pause(Duration.ofMillis(500));
    }
    throw new DemoFailure(
        "no DRAFT birth registration with healthChildId "
            + childId
            + " within "
            + ASYNC.toSeconds()
            + " s: is civil-registry-service consuming health.pregnancy.v1? (./oki logs"
            + " civil-registry-service)");
  }

  private JsonNode register(JsonNode draft, Mother mother) {
    String id = draft.path("id").asText();
    String path = "/api/v1/birth-registrations/" + id;
    Api.Response current = api.get(REGISTRAR, path).expect(200);
    JsonNode child = draft.path("child");
    String sex = child.path("sex").asText();
    List<String> names = sex.equals("FEMALE") ? GIRLS : BOYS;
    String name = names.get(mother.children() / 2 % names.size()) + " " + mother.surname();
    ObjectNode body = Api.object();
    body.put(
        "familyId",
        draft.hasNonNull("familyId") ? draft.path("familyId").asText() : mother.familyId());
    body.put("childName", name);
    body.put("sex", sex);
    body.put("birthDate", child.path("birthDate").asText());
    if (child.hasNonNull("birthTime")) {
      body.put("birthTime", child.path("birthTime").asText());
    }
    body.put(
        "birthPlace",
        child.hasNonNull("birthPlace") ? child.path("birthPlace").asText() : "Kayuagung");
    if (child.hasNonNull("birthDesaCode")) {
      body.put("birthDesaCode", child.path("birthDesaCode").asText());
    }
    body.putObject("mother").put("residentId", mother.residentId());
    if (mother.husbandId() != null) {
      body.putObject("father").put("residentId", mother.husbandId());
    }
    body.put("relationship", "4");
    JsonNode view =
        api.send(REGISTRAR, "POST", path + "/submission", body, null, current.etag())
            .expect(200)
            .json();
    say(
        "completed the declaration (child "
            + name
            + ", father on the card): "
            + view.path("status").asText());
    view = api.post(REGISTRAR, path + "/verification", null).expect(200).json();
    say("verification: " + view.path("status").asText());
    ObjectNode approval = Api.object();
    if (view.path("duplicateSuspect").asBoolean()) {
      say("flagged as a possible duplicate (same name, date and mother): checked, another child");
      approval.put("duplicateReviewed", true);
    }
    view = api.post(REGISTRAR, path + "/approval", approval).expect(200).json();
    say("approval: " + view.path("status").asText());
    view = api.post(REGISTRAR, path + "/registration", null).expect(200).json();
    JsonNode certificate = view.path("certificate");
    say(
        "registration: "
            + view.path("status").asText()
            + " — child NIK "
            + view.path("childNik").asText()
            + ", akta kelahiran "
            + certificate.path("number").asText()
            + (view.path("late").asBoolean() ? " (late)" : ""));
    expectEvents(
        "RegistrationStatusChanged REGISTERED, ResidentRegistered and BirthRegistered",
        List.of(
            e ->
                e.name().equals("RegistrationStatusChanged")
                    && e.subject().equals(id)
                    && e.data().path("status").asText().equals("REGISTERED"),
            EventWatch.named("ResidentRegistered", view.path("childResidentId").asText()),
            EventWatch.named("BirthRegistered", id)));

    JsonNode family =
        api.get(REGISTRAR, "/api/v1/families/" + view.path("familyId").asText()).expect(200).json();
    boolean onCard = false;
    for (JsonNode m : family.path("members")) {
      onCard |= m.path("residentId").asText().equals(view.path("childResidentId").asText());
    }
    if (!onCard) {
      throw new DemoFailure("the registered child is not on the family card " + family);
    }
    say(
        "family card KK "
            + family.path("kkNumber").asText()
            + " now has "
            + family.path("members").size()
            + " members, the child among them as Anak");
    Api.Response verified =
        api.get(
                null,
                "/api/v1/certificates/verify/" + certificate.path("verificationCode").asText())
            .expect(200);
    JsonNode v = verified.json();
    say(
        "public verification (no login) of code "
            + certificate.path("verificationCode").asText()
            + ": "
            + v.path("documentTitle").asText(v.path("documentType").asText())
            + " "
            + v.path("number").asText()
            + ", "
            + v.path("status").asText()
            + ", issued "
            + v.path("issuedOn").asText()
            + ", name "
            + v.path("maskedName").asText());
    return view;
  }

  private Void health(String childId, JsonNode registered) {
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
    LocalDate today = LocalDate.now(DemoData.WIB);
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
    expectEvents(
        "ImmunizationGiven and GrowthAssessed",
        List.of(
            EventWatch.named("ImmunizationGiven", childId),
            EventWatch.named("GrowthAssessed", childId)));
    return null;
  }

  private Void citizen(
      Mother mother,
      String pregnancyId,
      String childId,
      String registrationId,
      JsonNode registered) {
    JsonNode overview = api.get(MOTHER, "/api/v1/me/overview").expect(200).json();
    JsonNode sections = overview.path("sections");
    require(
        sections.path("civil-record").path("data").path("id").asText().equals(mother.residentId()),
        "the overview's civil record is warga1's",
        overview);
    boolean onCard = false;
    for (JsonNode m : sections.path("family-card").path("data").path("members")) {
      onCard |= m.path("residentId").asText().equals(registered.path("childResidentId").asText());
    }
    require(onCard, "the overview's family card shows the new child", overview);
    boolean pregnancy = false;
    for (JsonNode p : sections.path("pregnancies").path("data").path("items")) {
      pregnancy |=
          p.path("id").asText().equals(pregnancyId)
              && p.path("status").asText().equals("DELIVERED");
    }
    require(pregnancy, "the overview shows the delivered pregnancy", overview);
    boolean child = false;
    for (JsonNode c : sections.path("children").path("data").path("items")) {
      child |= c.path("id").asText().equals(childId);
    }
    require(child, "the overview shows the child's health record", overview);
    say(
        "overview (complete="
            + overview.path("complete").asBoolean()
            + "): civil record "
            + sections.path("civil-record").path("data").path("fullName").asText()
            + "; family card "
            + sections.path("family-card").path("data").path("kkNumber").asText()
            + " with "
            + sections.path("family-card").path("data").path("members").size()
            + " members; "
            + sections.path("pregnancies").path("data").path("items").size()
            + " pregnancies; "
            + sections.path("children").path("data").path("items").size()
            + " children's health records");

    Instant deadline = Instant.now().plus(ASYNC);
    while (true) {
      JsonNode timeline = api.get(MOTHER, "/api/v1/me/timeline?size=12").expect(200).json();
      boolean birth = false;
      for (JsonNode item : timeline.path("items")) {
        birth |=
            item.path("event").asText().equals("BirthRegistered")
                && item.path("aggregateId").asText().equals(registrationId);
      }
      if (birth) {
        say("timeline (" + timeline.path("totalItems").asLong() + " entries; newest first):");
        for (JsonNode item : timeline.path("items")) {
          say(
              "  "
                  + item.path("occurredAt").asText()
                  + "  "
                  + item.path("title").asText()
                  + "  ["
                  + item.path("event").asText()
                  + ", "
                  + item.path("role").asText()
                  + "]");
        }
        return null;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DemoFailure(
            "warga1's timeline did not show BirthRegistered of "
                + registrationId
                + " within "
                + ASYNC.toSeconds()
                + " s (the gateway's read models: ./oki logs gateway)");
      }
      Api.pause(Duration.ofMillis(500));
    }
  }

  private Void operator(LiveFeed feed, String month, long before, String registrationId) {
    Instant deadline = Instant.now().plus(ASYNC);
    long now = births(month);
    while (now < before + 1) {
      if (Instant.now().isAfter(deadline)) {
        throw new DemoFailure(
            "the dashboard's births in Kayu Agung for "
                + month
                + " stayed at "
                + now
                + " (expected at least "
                + (before + 1)
                + ") for "
                + ASYNC.toSeconds()
                + " s");
      }
      Api.pause(Duration.ofMillis(500));
      now = births(month);
    }
    JsonNode dashboard = dashboard(month);
    say(
        "dashboard, Kayu Agung, "
            + month
            + ": births "
            + now
            + " (was "
            + before
            + "), live births reported by health "
            + dashboard.path("metrics").path("live-births").path("total").asLong()
            + ", pregnancies registered "
            + dashboard.path("metrics").path("pregnancies").path("total").asLong()
            + ", ANC K1 "
            + dashboard.path("metrics").path("anc-k1").path("total").asLong());
    int status = feed.awaitOpen(Duration.ofSeconds(10));
    if (status != 200) {
      throw new DemoFailure("the live feed answered kominfo1 with " + status);
    }
    JsonNode event =
        feed.await(
            e ->
                e.path("event").asText().equals("BirthRegistered")
                    && e.path("subject").asText().equals(registrationId),
            ASYNC,
            "BirthRegistered of " + registrationId);
    say(
        "live feed (SSE, as kominfo1): "
            + event.path("event").asText()
            + " subject="
            + event.path("subject").asText()
            + " topic="
            + event.path("topic").asText()
            + " time="
            + event.path("time").asText());
    return null;
  }

  private long births(String month) {
    return dashboard(month).path("metrics").path("births").path("total").asLong(0);
  }

  private JsonNode dashboard(String month) {
    return api.get(
            OPERATOR,
            "/api/v1/dashboard?from=" + month + "&to=" + month + "&kecamatan=" + KECAMATAN)
        .expect(200)
        .json();
  }

  private static void require(boolean condition, String what, JsonNode seen) {
    if (!condition) {
      throw new DemoFailure("expected: " + what + "\nseen: " + seen);
    }
  }
}

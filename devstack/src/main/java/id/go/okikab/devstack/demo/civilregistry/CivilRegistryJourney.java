package id.go.okikab.devstack.demo.civilregistry;

import static id.go.okikab.devstack.demo.Journey.ASYNC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.demo.Api;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.EventWatch;
import id.go.okikab.devstack.demo.Journey;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.World;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey at the civil registry: who the journey is about ({@code warga1} and her family card,
 * from the demo data), the birth declaration the registry opens from {@code health.BirthReported},
 * and its registration by {@code dukcapil1} (the child's NIK, the family card, the certificate that
 * verifies publicly).
 */
public final class CivilRegistryJourney {

  /** The journey's mother, as the registry knows her. */
  public static final World.Key<Mother> MOTHER = World.key(CivilRegistryDemo.NAME, "mother");

  /**
   * What the registry's declaration is matched by: the id of the child's health record that
   * health's birth report carries ({@code healthChildId}); put by the context that reports the
   * birth.
   */
  public static final World.Key<String> REPORTED_CHILD =
      World.key(CivilRegistryDemo.NAME, "health record of the reported child");

  /** The birth registration's id. */
  public static final World.Key<String> REGISTRATION_ID =
      World.key(CivilRegistryDemo.NAME, "birth registration");

  /** The registered birth registration, as the registry answered its registration. */
  public static final World.Key<JsonNode> REGISTERED =
      World.key(CivilRegistryDemo.NAME, "registered birth registration");

  /** The NIK the registry issued to the journey's child. */
  public static final World.Key<String> CHILD_NIK = World.key(CivilRegistryDemo.NAME, "child NIK");

  /** The birth certificate's public verification code. */
  public static final World.Key<String> CERTIFICATE_CODE =
      World.key(CivilRegistryDemo.NAME, "certificate code");

  /** The journey's mother, a demo citizen. */
  public static final String CITIZEN = "warga1";

  static final String REGISTRAR = CivilRegistryDemo.REGISTRY_OFFICER;

  private static final World.Key<JsonNode> DECLARATION =
      World.key(CivilRegistryDemo.NAME, "birth declaration");
  private static final List<String> GIRLS =
      List.of("Aisyah", "Zahra", "Nayla", "Alya", "Keisha", "Naura", "Syifa", "Salsabila");
  private static final List<String> BOYS =
      List.of("Rafa", "Arkan", "Fatih", "Daffa", "Rayyan", "Azka", "Habibi", "Zidan");

  /** warga1 as the registry knows her: her resident id, her card, its head and children. */
  public record Mother(
      String residentId,
      String fullName,
      String familyId,
      String kkNumber,
      String husbandId,
      String surname,
      int children,
      LocalDate youngestChild) {}

  static List<JourneyStep> steps() {
    return List.of(
        JourneyStep.step(
            100,
            "warga1 and her family card (demo data)",
            j -> new CivilRegistryJourney(j).mother()),
        JourneyStep.step(
            300,
            "the civil registry opens a birth declaration from health.BirthReported",
            j -> new CivilRegistryJourney(j).draft()),
        JourneyStep.step(
            310, "dukcapil1 registers the birth", j -> new CivilRegistryJourney(j).register()));
  }

  private final Journey journey;
  private final Api api;
  private final World world;

  private CivilRegistryJourney(Journey journey) {
    this.journey = journey;
    this.api = journey.api();
    this.world = journey.world();
  }

  private void say(String line) {
    journey.say(line);
  }

  private void mother() {
    Api.Response me = api.get(CITIZEN, "/api/v1/residents/me");
    if (me.is(404)) {
      throw new DemoFailure(
          "warga1 (NIK "
              + Population.WARGA1_NIK
              + ") is not a resident: load the demo data first (./oki demo-data)\n"
              + me.describe());
    }
    JsonNode resident = me.expect(200).json();
    JsonNode family = api.get(CITIZEN, "/api/v1/families/mine").expect(200).json();
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
    world.put(
        MOTHER,
        new Mother(
            resident.path("id").asText(),
            resident.path("fullName").asText(),
            family.path("id").asText(),
            family.path("kkNumber").asText(),
            husband,
            surname,
            children,
            youngest));
  }

  private void draft() {
    String childId = world.get(REPORTED_CHILD);
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
            world.put(DECLARATION, registration);
            return;
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

  private void register() {
    JsonNode draft = world.get(DECLARATION);
    Mother mother = world.get(MOTHER);
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
    Api.Response answer =
        api.send(REGISTRAR, "POST", path + "/submission", body, null, current.etag()).expect(200);
    JsonNode view = answer.json();
    say(
        "completed the declaration (child "
            + name
            + ", father on the card): "
            + view.path("status").asText());
    answer = api.post(REGISTRAR, path + "/verification", null, answer.etag()).expect(200);
    view = answer.json();
    say("verification: " + view.path("status").asText());
    ObjectNode approval = Api.object();
    if (view.path("duplicateSuspect").asBoolean()) {
      say("flagged as a possible duplicate (same name, date and mother): checked, another child");
      approval.put("duplicateReviewed", true);
    }
    answer = api.post(REGISTRAR, path + "/approval", approval, answer.etag()).expect(200);
    view = answer.json();
    say("approval: " + view.path("status").asText());
    view = api.post(REGISTRAR, path + "/registration", null, answer.etag()).expect(200).json();
    JsonNode certificate = view.path("certificate");
    say(
        "registration: "
            + view.path("status").asText()
            + " — child NIK "
            + view.path("childNik").asText()
            + ", akta kelahiran "
            + certificate.path("number").asText()
            + (view.path("late").asBoolean() ? " (late)" : ""));
    journey.expectEvents(
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
    world.put(REGISTRATION_ID, id);
    world.put(REGISTERED, view);
    world.put(CHILD_NIK, view.path("childNik").asText());
    world.put(CERTIFICATE_CODE, certificate.path("verificationCode").asText());
    journey.outcome("NIK", view.path("childNik").asText());
    journey.outcome("birth registration", id);
    journey.outcome("certificate code", certificate.path("verificationCode").asText());
  }
}

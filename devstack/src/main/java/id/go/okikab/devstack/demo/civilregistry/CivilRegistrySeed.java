package id.go.okikab.devstack.demo.civilregistry;

import static id.go.okikab.devstack.demo.civilregistry.CivilRegistryDemo.REGISTRY_OFFICER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.demo.Api;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.Seeding;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryDemo.YoungChild;
import id.go.okikab.devstack.demo.civilregistry.Population.Family;
import id.go.okikab.devstack.demo.civilregistry.Population.Kecamatan;
import id.go.okikab.devstack.demo.civilregistry.Population.Member;
import id.go.okikab.devstack.demo.civilregistry.Population.Newborn;
import id.go.okikab.devstack.demo.civilregistry.Population.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records the {@link Population} through the civil registry's API, as the registry officer {@code
 * dukcapil1}: the families' existing cards (residents with their NIK, the card with its KK number),
 * the young children's births (the registry issues their NIKs; the health service opens their
 * records from {@code BirthRegistered}) and a few deaths. The regions are the registry's own
 * (Flyway).
 *
 * <p>Idempotent: each step first finds what exists (a NIK or KK number already recorded, a child
 * already on the card, a death already registered) and creating calls carry an {@code
 * Idempotency-Key}, so a repeated load completes what is missing and creates nothing twice.
 */
final class CivilRegistrySeed {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Seeding seeding;
  private final Api api;

  CivilRegistrySeed(Seeding seeding) {
    this.seeding = seeding;
    this.api = seeding.api();
  }

  /** OKI's kecamatan with their villages, as the registry lists them. */
  static List<Kecamatan> regions(Api api) {
    List<Kecamatan> kecamatan = new ArrayList<>();
    for (JsonNode k : items(api.get(null, "/api/v1/regions?parent=1602&size=100").expect(200))) {
      List<Population.Village> villages = new ArrayList<>();
      String code = k.path("code").asText();
      for (JsonNode v :
          items(api.get(null, "/api/v1/regions?parent=" + code + "&size=100").expect(200))) {
        villages.add(new Population.Village(v.path("code").asText(), v.path("name").asText()));
      }
      if (!villages.isEmpty()) {
        kecamatan.add(new Kecamatan(code, k.path("name").asText(), villages));
      }
    }
    if (kecamatan.isEmpty()) {
      throw new DemoFailure(
          "the civil registry lists no kecamatan of OKI (GET /api/v1/regions?parent=1602)");
    }
    return kecamatan;
  }

  /**
   * Records the cards, then the births and deaths of each family (families in parallel); puts the
   * young children as recorded into the world.
   *
   * @return the summary's clause
   */
  String load(Population population) {
    List<FamilyOnRecord> onRecord = seeding.parallel(population.families(), this::family);
    int residents = onRecord.stream().mapToInt(f -> f.family().members().size()).sum();
    seeding.progress(residents + " residents in " + onRecord.size() + " family cards");
    List<FamilyOnRecord> withEvents =
        seeding.parallel(
            onRecord,
            f -> new FamilyOnRecord(f.family(), f.familyId(), f.residentIds(), births(f)));
    for (FamilyOnRecord f : withEvents) {
      deaths(f);
    }
    int births = population.births().size();
    int deaths = population.families().stream().mapToInt(f -> f.deaths().size()).sum();
    seeding.progress(births + " births and " + deaths + " deaths registered");

    List<YoungChild> children = new ArrayList<>();
    for (FamilyOnRecord f : withEvents) {
      for (int i = 0; i < f.family().births().size(); i++) {
        children.add(
            new YoungChild(
                f.family().kecamatanCode(), f.family().births().get(i), f.bornOn().get(i)));
      }
    }
    seeding.world().put(CivilRegistryDemo.YOUNG_CHILDREN, List.copyOf(children));
    return String.format(
        "%d residents (%d of them born and registered through birth registrations) in %d family"
            + " cards across %d kecamatan, %d deaths registered",
        residents + births, births, onRecord.size(), population.regions().size(), deaths);
  }

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
      seeding.countCreated(answer);
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

  private UUID resident(Person person, Population.Address address) {
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
      seeding.countCreated(answer);
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

  private static void parent(ObjectNode body, String field, Population.Parent parent) {
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
      seeding.countCreated(declared);
      advance("/api/v1/birth-registrations/", declared.json());
      bornOn.add(child.birthDate());
    }
    return bornOn;
  }

  private void deaths(FamilyOnRecord f) {
    for (Population.Death death : f.family().deaths()) {
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
      seeding.countCreated(declared);
      advance("/api/v1/death-registrations/", declared.json());
    }
  }

  /** Moves an officer-declared registration on to REGISTERED. */
  private void advance(String path, JsonNode registration) {
    String id = registration.path("id").asText();
    Api.Response current = api.get(REGISTRY_OFFICER, path + id).expect(200);
    String status = current.json().path("status").asText();
    String etag = current.etag();
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
      Api.Response answer =
          api.postOnce(REGISTRY_OFFICER, path + id + "/" + step, body, etag).expect(200);
      status = answer.json().path("status").asText();
      etag = answer.etag();
    }
  }

  private static JsonNode items(Api.Response page) {
    return page.json().path("items");
  }

  private static UUID uuid(JsonNode node) {
    return UUID.fromString(node.asText());
  }
}

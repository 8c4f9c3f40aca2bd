package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Address;
import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.FamilyMember;
import id.go.okikab.civilregistry.domain.IdentifierRules;
import id.go.okikab.civilregistry.domain.Move;
import id.go.okikab.civilregistry.domain.NewPerson;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.ResidentStatus;
import id.go.okikab.civilregistry.domain.SiakCodes;
import id.go.okikab.civilregistry.domain.Text;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.MoveRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.FamilyCommands.MemberInput;
import id.go.okikab.civilregistry.service.FamilyService.Placement;
import id.go.okikab.civilregistry.service.MoveCommands.MoveIn;
import id.go.okikab.civilregistry.service.MoveCommands.MoveOut;
import id.go.okikab.civilregistry.service.MoveCommands.MoveWithin;
import id.go.okikab.civilregistry.service.MoveCommands.Newcomer;
import id.go.okikab.civilregistry.service.MoveViews.MoveView;
import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves, recorded by an officer in one step: within OKI (new address, new KK number), out of OKI
 * (MOVED_OUT, SKPWNI issued), into OKI (the NIK is kept; a former resident becomes ALIVE again).
 */
@ApplicationScoped
public class MoveService {

  private static final Logger LOG = Logger.getLogger(MoveService.class);

  private final MoveRepository moves;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final FamilyService familyService;
  private final ResidentRegistration residentRegistration;
  private final CertificateService certificates;
  private final RegionService regions;
  private final Numbers numbers;
  private final RegistryEvents events;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final Clock clock;

  public MoveService(
      MoveRepository moves,
      ResidentRepository residents,
      FamilyRepository families,
      FamilyService familyService,
      ResidentRegistration residentRegistration,
      CertificateService certificates,
      RegionService regions,
      Numbers numbers,
      RegistryEvents events,
      CallerIdentity caller,
      ReadAudit readAudit,
      Clock clock) {
    this.moves = moves;
    this.residents = residents;
    this.families = families;
    this.familyService = familyService;
    this.residentRegistration = residentRegistration;
    this.certificates = certificates;
    this.regions = regions;
    this.numbers = numbers;
    this.events = events;
    this.caller = caller;
    this.readAudit = readAudit;
    this.clock = clock;
  }

  /** A move to another address inside OKI: the whole family, or some members founding a new one. */
  @Transactional
  public MoveView within(MoveWithin request) {
    Family family = familyService.find(request.familyId());
    family.requireActive("familyId");
    String desa =
        regions.requireVillageInRegency(request.newAddress().desaCode(), "newAddress.desaCode");
    Address address =
        new Address(
            desa,
            request.newAddress().rt(),
            request.newAddress().rw(),
            Text.blankToNull(request.newAddress().street()));
    Instant now = clock.instant();
    String fromDesa = family.address.desaCode;
    Move move =
        Move.within(
            numbers.moveNumber(LocalDate.now(clock)),
            request.reason().trim(),
            fromDesa,
            desa,
            caller.actorId(),
            now);
    List<Resident> movers = new ArrayList<>();
    Family destination;
    if (request.members() == null || request.members().isEmpty()) {
      if (request.remainingHeadResidentId() != null) {
        throw new DomainRuleViolation(
            "nobody-remains",
            "The whole family moves; nobody remains to be head.",
            "remainingHeadResidentId");
      }
      Map<UUID, Resident> members = familyService.membersOf(family);
      for (FamilyMember member : family.currentMembers()) {
        Resident resident = members.get(member.residentId);
        resident.relocate(address.copy(), now);
        movers.add(resident);
      }
      family.address = address;
      family.touch(now);
      families.flush();
      if (!desa.equals(fromDesa)) {
        familyService.reissue(family, FamilyCardIssued.Reason.MOVED, now);
      }
      destination = family;
    } else {
      List<Placement> placements = new ArrayList<>();
      Set<UUID> seen = new HashSet<>();
      for (int i = 0; i < request.members().size(); i++) {
        MemberInput input = request.members().get(i);
        String field = "members[" + i + "].residentId";
        if (!seen.add(input.residentId())) {
          throw new DomainRuleViolation(
              "member-listed-twice", "A resident is listed twice.", field);
        }
        if (!family.hasCurrentMember(input.residentId())) {
          throw new DomainRuleViolation("not-a-member", "Not a member of this family card.", field);
        }
        placements.add(
            new Placement(
                residents.findById(input.residentId()),
                SiakCodes.relationship(input.relationship(), "members[" + i + "].relationship"),
                field));
      }
      if (placements.size() == family.currentMembers().size()) {
        throw new DomainRuleViolation(
            "whole-family-moves",
            "Every member is listed: move the whole family (omit members) to keep its card.",
            "members");
      }
      FamilyService.requireOneHead(placements);
      boolean headMoves =
          placements.stream()
              .anyMatch(
                  p -> family.head().map(h -> h.residentId.equals(p.resident().id)).orElse(false));
      UUID remainingHead = request.remainingHeadResidentId();
      if (headMoves && remainingHead == null) {
        throw new DomainRuleViolation(
            "remaining-head-required",
            "The head moves away: name the member who becomes head of those who stay.",
            "remainingHeadResidentId");
      }
      if (remainingHead != null
          && (seen.contains(remainingHead) || !family.hasCurrentMember(remainingHead))) {
        throw new DomainRuleViolation(
            "not-a-member",
            "The remaining head must be a member who stays.",
            "remainingHeadResidentId");
      }
      if (!headMoves && remainingHead != null) {
        throw new DomainRuleViolation(
            "head-not-leaving",
            "The head stays; no new head is needed.",
            "remainingHeadResidentId");
      }
      // the head last, so the others leave a card that still has its head
      List<Placement> order = new ArrayList<>(placements);
      order.sort(
          (a, b) -> Boolean.compare(isHead(family, a.resident()), isHead(family, b.resident())));
      for (Placement placement : order) {
        familyService.leave(
            family,
            placement.resident(),
            "moved: " + request.reason().trim(),
            isHead(family, placement.resident()) ? remainingHead : null,
            "remainingHeadResidentId",
            now);
      }
      for (Placement placement : placements) {
        placement.resident().relocate(address.copy(), now);
        movers.add(placement.resident());
      }
      residents.flush();
      destination =
          familyService.found(
              address.copy(),
              placements,
              null,
              FamilyCardIssued.Reason.NEW,
              "moved: " + request.reason().trim(),
              now);
    }
    move.done(destination.id, movers);
    moves.persist(move);
    for (Resident mover : movers) {
      events.movedWithin(mover, move.id, fromDesa, destination.id);
    }
    LOG.infof("move %s within the regency: %d resident(s)", move.id, movers.size());
    return view(move);
  }

  /** A move out of OKI: MOVED_OUT, off their family cards, one SKPWNI for the move. */
  @Transactional
  public MoveView out(MoveOut request) {
    String destination =
        regions.requireOtherRegency(request.destinationRegencyCode(), "destinationRegencyCode");
    Instant now = clock.instant();
    List<Resident> movers = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < request.residentIds().size(); i++) {
      UUID id = request.residentIds().get(i);
      String field = "residentIds[" + i + "]";
      if (!seen.add(id)) {
        throw new DomainRuleViolation("member-listed-twice", "A resident is listed twice.", field);
      }
      Resident resident =
          residents
              .findByIdOptional(id)
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "resident-unknown", "No resident with id " + id + ".", field));
      resident.requireAlive(field);
      movers.add(resident);
    }
    Move move =
        Move.out(
            numbers.moveNumber(LocalDate.now(clock)),
            request.reason().trim(),
            movers.get(0).address.desaCode,
            destination,
            caller.actorId(),
            now);
    UUID remainingHead = request.remainingHeadResidentId();
    boolean remainingHeadUsed = false;
    Map<UUID, Family> byFamily = new LinkedHashMap<>();
    for (Resident mover : movers) {
      families.currentFamilyOf(mover.id).ifPresent(f -> byFamily.putIfAbsent(f.id, f));
    }
    for (Family family : byFamily.values()) {
      List<Resident> leaving = movers.stream().filter(m -> family.hasCurrentMember(m.id)).toList();
      boolean everyone = leaving.size() == family.currentMembers().size();
      boolean headLeaves =
          leaving.stream()
              .anyMatch(m -> family.head().map(h -> h.residentId.equals(m.id)).orElse(false));
      UUID newHead = null;
      if (headLeaves && !everyone) {
        if (remainingHead == null
            || !family.hasCurrentMember(remainingHead)
            || seen.contains(remainingHead)) {
          throw new DomainRuleViolation(
              "remaining-head-required",
              "The head of family " + family.id + " moves away: name a member who stays as head.",
              "remainingHeadResidentId");
        }
        newHead = remainingHead;
        remainingHeadUsed = true;
      }
      // the head last, so the others leave a card that still has its head
      List<Resident> order = new ArrayList<>(leaving);
      order.sort(
          (a, b) ->
              Boolean.compare(
                  family.head().map(h -> h.residentId.equals(a.id)).orElse(false),
                  family.head().map(h -> h.residentId.equals(b.id)).orElse(false)));
      for (Resident resident : order) {
        boolean isHead = family.head().map(h -> h.residentId.equals(resident.id)).orElse(false);
        familyService.leave(
            family,
            resident,
            "moved out: " + request.reason().trim(),
            isHead ? newHead : null,
            "remainingHeadResidentId",
            now);
      }
    }
    if (remainingHead != null && !remainingHeadUsed) {
      throw new DomainRuleViolation(
          "head-not-leaving",
          "No head moves away; no new head is needed.",
          "remainingHeadResidentId");
    }
    for (Resident mover : movers) {
      events.movedOut(mover, move.id, destination);
      mover.moveOut(now);
    }
    Certificate skpwni = certificates.issue(CertificateType.SKPWNI, movers.get(0), move.id, now);
    move.documented(skpwni);
    move.done(null, movers);
    moves.persist(move);
    LOG.infof("move %s out of the regency: %d resident(s)", move.id, movers.size());
    return view(move);
  }

  /** A move into OKI with an SKPWNI from elsewhere: residents keep (or get back) their NIK. */
  @Transactional
  public MoveView in(MoveIn request) {
    String origin = regions.requireOtherRegency(request.originRegencyCode(), "originRegencyCode");
    String desa = regions.requireVillageInRegency(request.address().desaCode(), "address.desaCode");
    Address address =
        new Address(
            desa,
            request.address().rt(),
            request.address().rw(),
            Text.blankToNull(request.address().street()));
    Family joining = null;
    if (request.joinFamilyId() != null) {
      joining = familyService.find(request.joinFamilyId());
      joining.requireActive("joinFamilyId");
      if (!joining.address.desaCode.equals(desa)) {
        throw new DomainRuleViolation(
            "member-lives-elsewhere",
            "The family to join lives in another desa/kelurahan than the address given.",
            "address.desaCode");
      }
      address = joining.address.copy();
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Move move =
        Move.in(
            numbers.moveNumber(today),
            request.reason().trim(),
            origin,
            desa,
            request.skpwniNumber().trim(),
            caller.actorId(),
            now);
    List<Placement> placements = new ArrayList<>();
    Map<UUID, Boolean> returning = new LinkedHashMap<>();
    Set<String> niks = new HashSet<>();
    for (int i = 0; i < request.persons().size(); i++) {
      Newcomer person = request.persons().get(i);
      String prefix = "persons[" + i + "].";
      if (!niks.add(person.nik())) {
        throw new DomainRuleViolation(
            "member-listed-twice", "A NIK is listed twice.", prefix + "nik");
      }
      Nik nik = IdentifierRules.checkNik(person.nik(), today, regions, prefix + "nik").nik();
      IdentifierRules.requireAgreement(
          nik, person.sex(), person.birthDate(), prefix + "sex", prefix + "birthDate");
      FamilyRelationship relationship =
          SiakCodes.relationship(person.relationship(), prefix + "relationship");
      Resident resident = residents.findByNik(person.nik()).orElse(null);
      if (resident != null) {
        if (resident.status == ResidentStatus.ALIVE) {
          throw new ConflictProblem(
              "persons[" + i + "] is already a resident of this registry (same NIK).");
        }
        if (resident.status == ResidentStatus.DECEASED) {
          throw new DomainRuleViolation(
              "resident-deceased", "This NIK belongs to a deceased resident.", prefix + "nik");
        }
        resident.moveBackIn(address.copy(), now);
        returning.put(resident.id, true);
      } else {
        NewPerson newPerson =
            new NewPerson(
                person.nik(),
                person.fullName().trim(),
                person.sex(),
                person.birthDate(),
                person.birthPlace().trim(),
                SiakCodes.religion(person.religion(), prefix + "religion"),
                SiakCodes.maritalStatus(person.maritalStatus(), prefix + "maritalStatus"),
                person.marriageRegistered(),
                SiakCodes.bloodType(person.bloodType(), prefix + "bloodType"),
                Text.blankToNull(person.occupation()),
                residentRegistration.parentRef(
                    person.mother() == null ? null : person.mother().nik(), prefix + "mother.nik"),
                person.mother() == null ? null : Text.blankToNull(person.mother().name()),
                residentRegistration.parentRef(
                    person.father() == null ? null : person.father().nik(), prefix + "father.nik"),
                person.father() == null ? null : Text.blankToNull(person.father().name()));
        resident =
            residentRegistration.enrol(
                newPerson, address.copy(), ResidentRegistered.Origin.MOVE_IN, now);
        returning.put(resident.id, false);
      }
      placements.add(new Placement(resident, relationship, prefix + "relationship"));
    }
    residents.flush();
    Family destination;
    if (joining != null) {
      for (Placement placement : placements) {
        familyService.join(
            joining,
            placement.resident(),
            placement.relationship(),
            "moved in: " + request.reason().trim(),
            now,
            placement.field());
      }
      families.flush();
      destination = joining;
    } else {
      destination =
          familyService.found(
              address.copy(),
              placements,
              null,
              FamilyCardIssued.Reason.NEW,
              "moved in: " + request.reason().trim(),
              now);
    }
    move.done(destination.id, placements.stream().map(Placement::resident).toList());
    moves.persist(move);
    for (Placement placement : placements) {
      events.movedIn(placement.resident(), move.id, origin, returning.get(placement.resident().id));
    }
    LOG.infof("move %s into the regency: %d resident(s)", move.id, placements.size());
    return view(move);
  }

  private static boolean isHead(Family family, Resident resident) {
    return family.head().map(h -> h.residentId.equals(resident.id)).orElse(false);
  }

  @Transactional
  public MoveView read(UUID id) {
    Move move = moves.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("move", id));
    for (String residentId : move.residentIds) {
      Resident resident = residents.findById(UUID.fromString(residentId));
      readAudit.record("resident", residentId, resident.subjectRef, "move");
    }
    return view(move);
  }

  private MoveView view(Move move) {
    return new MoveView(
        move.id,
        move.number,
        move.kind,
        move.reason,
        move.fromDesaCode,
        move.toDesaCode,
        move.originRegencyCode,
        move.destinationRegencyCode,
        move.skpwniNumber,
        certificates.ref(move.certificateId),
        move.familyId,
        move.residentIds.stream().map(UUID::fromString).toList(),
        move.recordedBy,
        move.recordedAt);
  }
}

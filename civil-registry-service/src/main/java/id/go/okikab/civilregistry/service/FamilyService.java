package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Address;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.FamilyCard;
import id.go.okikab.civilregistry.domain.FamilyMember;
import id.go.okikab.civilregistry.domain.IdentifierRules;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.SiakCodes;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.civilregistry.service.FamilyCommands.AddMember;
import id.go.okikab.civilregistry.service.FamilyCommands.ChangeHead;
import id.go.okikab.civilregistry.service.FamilyCommands.CreateFamily;
import id.go.okikab.civilregistry.service.FamilyCommands.MemberInput;
import id.go.okikab.civilregistry.service.FamilyCommands.RemoveMember;
import id.go.okikab.civilregistry.service.FamilyCommands.Split;
import id.go.okikab.civilregistry.service.FamilyViews.CardView;
import id.go.okikab.civilregistry.service.FamilyViews.FamilyView;
import id.go.okikab.civilregistry.service.FamilyViews.HistoryView;
import id.go.okikab.civilregistry.service.FamilyViews.MemberView;
import id.go.okikab.civilregistry.service.FamilyViews.MembershipView;
import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Family cards: exactly one head, members with SHDK codes, a new KK number when the head changes,
 * the family moves or members split off, and the history of cards and memberships.
 */
@ApplicationScoped
public class FamilyService {

  private static final Logger LOG = Logger.getLogger(FamilyService.class);

  /** A resident placed on a card with their relationship to its head. */
  public record Placement(Resident resident, FamilyRelationship relationship, String field) {}

  private final FamilyRepository families;
  private final ResidentRepository residents;
  private final RegionService regions;
  private final Numbers numbers;
  private final RegistryEvents events;
  private final ReadAudit readAudit;
  private final Access access;
  private final Clock clock;

  public FamilyService(
      FamilyRepository families,
      ResidentRepository residents,
      RegionService regions,
      Numbers numbers,
      RegistryEvents events,
      ReadAudit readAudit,
      Access access,
      Clock clock) {
    this.families = families;
    this.residents = residents;
    this.regions = regions;
    this.numbers = numbers;
    this.events = events;
    this.readAudit = readAudit;
    this.access = access;
    this.clock = clock;
  }

  // ---- the API

  /**
   * A new family card for residents who are on none: a new KK number, or the number of a card
   * issued before this registry ({@code kkNumber}, checked by domain.md 1.2).
   */
  @Transactional
  public FamilyView create(CreateFamily request) {
    List<Placement> placements = placements(request.members(), "members");
    Resident head = requireOneHead(placements).resident();
    List<WarningView> warnings = new ArrayList<>();
    String kk = null;
    if (request.kkNumber() != null) {
      IdentifierRules.CheckedKk checked =
          IdentifierRules.checkKk(request.kkNumber(), LocalDate.now(clock), regions, "kkNumber");
      checked
          .warnings()
          .forEach(w -> warnings.add(new WarningView(w.code(), w.field(), w.message())));
      if (families.kkNumberTaken(request.kkNumber())) {
        throw new ConflictProblem("A family card with this KK number is already recorded.");
      }
      kk = request.kkNumber();
    }
    Family family =
        found(
            head.address.copy(),
            placements,
            kk,
            kk == null ? FamilyCardIssued.Reason.NEW : FamilyCardIssued.Reason.RECORDED,
            request.reason().trim(),
            clock.instant());
    return view(family, warnings);
  }

  /** An officer's read (each member's record audited), or a member's; others get a 404. */
  @Transactional
  public FamilyView read(UUID id) {
    Family family = find(id);
    requireReader(family);
    return view(family, List.of());
  }

  /** The calling citizen's family card. */
  @Transactional
  public FamilyView mine() {
    access.requireCitizenRef();
    Family family =
        access
            .citizenFamily()
            .orElseThrow(() -> new NotFoundProblem("You are not on a family card."));
    return view(family, List.of());
  }

  @Transactional
  public HistoryView history(UUID id) {
    Family family = find(id);
    requireReader(family);
    return new HistoryView(
        family.cards.stream()
            .map(
                c ->
                    new CardView(
                        c.id,
                        c.kkNumber,
                        c.reason.name(),
                        c.headResidentId,
                        c.validFrom,
                        c.validTo))
            .toList(),
        family.members.stream()
            .map(
                m ->
                    new MembershipView(
                        m.residentId,
                        CodeView.of(m.relationship),
                        m.joinedAt,
                        m.joinReason,
                        m.leftAt,
                        m.leaveReason))
            .toList());
  }

  @Transactional
  public FamilyView addMember(UUID id, String ifMatch, AddMember request) {
    Family family = find(id);
    Preconditions.requireIfMatch(ifMatch, family.version);
    family.requireActive("familyId");
    FamilyRelationship relationship =
        SiakCodes.relationship(request.relationship(), "relationship");
    if (relationship == FamilyRelationship.HEAD) {
      throw new DomainRuleViolation(
          "family-single-head",
          "The family has a head; use a change of head to make someone else the head.",
          "relationship");
    }
    Resident resident = resident(request.residentId(), "residentId");
    requireSameDesa(family, resident, "residentId");
    join(family, resident, relationship, request.reason().trim(), clock.instant(), "residentId");
    families.flush();
    return view(family, List.of());
  }

  @Transactional
  public FamilyView removeMember(UUID id, UUID residentId, String ifMatch, RemoveMember request) {
    Family family = find(id);
    Preconditions.requireIfMatch(ifMatch, family.version);
    family.requireActive("familyId");
    Resident resident = resident(residentId, "residentId");
    boolean head = family.head().map(h -> h.residentId.equals(residentId)).orElse(false);
    if (head && request.newHeadResidentId() == null && family.currentMembers().size() > 1) {
      throw new DomainRuleViolation(
          "new-head-required",
          "The head is leaving: name the member who becomes head.",
          "newHeadResidentId");
    }
    leave(
        family,
        resident,
        request.reason().trim(),
        request.newHeadResidentId(),
        "newHeadResidentId",
        clock.instant());
    families.flush();
    return view(family, List.of());
  }

  @Transactional
  public FamilyView changeHead(UUID id, String ifMatch, ChangeHead request) {
    Family family = find(id);
    Preconditions.requireIfMatch(ifMatch, family.version);
    family.requireActive("familyId");
    FamilyRelationship former =
        SiakCodes.relationship(request.formerHeadRelationship(), "formerHeadRelationship");
    if (former == FamilyRelationship.HEAD) {
      throw new DomainRuleViolation(
          "family-single-head",
          "The former head needs another relationship than head.",
          "formerHeadRelationship");
    }
    FamilyMember head = family.requireExactlyOneHead();
    if (head.residentId.equals(request.newHeadResidentId())) {
      throw new DomainRuleViolation(
          "already-head", "This member is already the head.", "newHeadResidentId");
    }
    if (!family.hasCurrentMember(request.newHeadResidentId())) {
      throw new DomainRuleViolation(
          "not-a-member", "The new head must be a member of this card.", "newHeadResidentId");
    }
    Family.requireRelationshipFits(
        residents.findById(head.residentId), former, "formerHeadRelationship");
    Instant now = clock.instant();
    family.relate(head.residentId, former, now, "formerHeadRelationship");
    families.flush();
    family.appointHead(request.newHeadResidentId(), now, "newHeadResidentId");
    families.flush();
    reissue(family, FamilyCardIssued.Reason.HEAD_CHANGED, now);
    return view(family, List.of());
  }

  /** Pisah KK: members leave to found their own family card. */
  @Transactional
  public FamilyView split(UUID id, String ifMatch, Split request) {
    Family family = find(id);
    Preconditions.requireIfMatch(ifMatch, family.version);
    family.requireActive("familyId");
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < request.members().size(); i++) {
      MemberInput input = request.members().get(i);
      String field = "members[" + i + "].residentId";
      if (!family.hasCurrentMember(input.residentId())) {
        throw new DomainRuleViolation("not-a-member", "Not a member of this family card.", field);
      }
      if (family.head().map(h -> h.residentId.equals(input.residentId())).orElse(false)) {
        throw new DomainRuleViolation(
            "head-cannot-split",
            "The head stays on the card; change the head first to split the head off.",
            field);
      }
      placements.add(
          new Placement(
              resident(input.residentId(), field),
              SiakCodes.relationship(input.relationship(), "members[" + i + "].relationship"),
              field));
    }
    requireOneHead(placements);
    Instant now = clock.instant();
    String reason = request.reason().trim();
    for (Placement placement : placements) {
      family.leave(placement.resident().id, "split: " + reason, now, placement.field());
    }
    families.flush();
    Family split =
        found(family.address.copy(), placements, null, FamilyCardIssued.Reason.SPLIT, reason, now);
    return view(split, List.of());
  }

  // ---- used by registrations and moves (in their transactions)

  public Family find(UUID id) {
    return families.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("family", id));
  }

  /**
   * A new family at {@code address} with these members (exactly one head) and its first card.
   *
   * @param kkNumber the number of an existing card to record, or null for a new number
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Family found(
      Address address,
      List<Placement> placements,
      String kkNumber,
      FamilyCardIssued.Reason reason,
      String joinReason,
      Instant now) {
    requireOneHead(placements);
    Family family = Family.found(address, now);
    families.persist(family);
    // the head first: the others' relationships are to the head
    List<Placement> ordered =
        placements.stream()
            .sorted(Comparator.comparing(p -> p.relationship() != FamilyRelationship.HEAD))
            .toList();
    for (Placement placement : ordered) {
      if (!placement.resident().address.desaCode.equals(address.desaCode)) {
        throw new DomainRuleViolation(
            "member-lives-elsewhere",
            "Members of one family card live at one address; record a move first.",
            placement.field());
      }
      join(
          family,
          placement.resident(),
          placement.relationship(),
          joinReason,
          now,
          placement.field());
    }
    families.flush();
    String kk =
        kkNumber != null
            ? kkNumber
            : numbers.newKkNumber(address.kecamatanCode(), LocalDate.now(clock));
    FamilyCard card = family.issueCard(kk, reason, now);
    families.flush();
    events.familyCardIssued(family, card, membersOf(family));
    LOG.infof("family %s founded (%s), card %s", family.id, reason, card.id);
    return family;
  }

  /**
   * Puts a resident on a family card.
   *
   * @throws DomainRuleViolation when the resident is not alive, is on another card, or a spouse
   *     code does not fit their sex
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void join(
      Family family,
      Resident resident,
      FamilyRelationship relationship,
      String reason,
      Instant now,
      String field) {
    families
        .currentFamilyIdOf(resident.id)
        .filter(other -> !other.equals(family.id))
        .ifPresent(
            other -> {
              throw new DomainRuleViolation(
                  "already-in-another-family",
                  "Resident "
                      + resident.id
                      + " is on another family card; remove them there first.",
                  field);
            });
    family.join(resident, relationship, reason, now, field);
  }

  /**
   * Takes a resident off their card. When the head leaves, {@code newHeadId} (or, when null, the
   * spouse, else the oldest adult) becomes head and the family gets a new KK number; when nobody is
   * left the family is dissolved.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void leave(
      Family family,
      Resident resident,
      String reason,
      UUID newHeadId,
      String headField,
      Instant now) {
    boolean wasHead = family.head().map(h -> h.residentId.equals(resident.id)).orElse(false);
    family.leave(resident.id, reason, now, "residentId");
    families.flush();
    if (family.currentMembers().isEmpty()) {
      family.dissolve(now);
      families.flush();
      LOG.infof("family %s dissolved", family.id);
      return;
    }
    if (!wasHead) {
      if (newHeadId != null) {
        throw new DomainRuleViolation(
            "head-not-leaving", "Only a leaving head is replaced; the head stays.", headField);
      }
      return;
    }
    UUID successor =
        newHeadId != null
            ? newHeadId
            : family
                .successor(residents::findById, LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("a family with members has a member"));
    family.appointHead(successor, now, headField);
    families.flush();
    reissue(family, FamilyCardIssued.Reason.HEAD_CHANGED, now);
  }

  /** A new card with a new KK number for the family's current kecamatan. */
  @Transactional(Transactional.TxType.MANDATORY)
  public FamilyCard reissue(Family family, FamilyCardIssued.Reason reason, Instant now) {
    String kk = numbers.newKkNumber(family.address.kecamatanCode(), LocalDate.now(clock));
    family.endCard(now);
    families.flush();
    FamilyCard card = family.issueCard(kk, reason, now);
    families.flush();
    events.familyCardIssued(family, card, membersOf(family));
    LOG.infof("family %s: card %s issued (%s)", family.id, card.id, reason);
    return card;
  }

  /** The residents of a family's current members and of its head. */
  public Map<UUID, Resident> membersOf(Family family) {
    return residents.byIds(
        Stream.concat(
                family.currentMembers().stream().map(m -> m.residentId),
                family.cards.stream().map(c -> c.headResidentId))
            .distinct()
            .toList());
  }

  // ---- rules

  public List<Placement> placements(List<MemberInput> members, String listField) {
    List<Placement> placements = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      MemberInput input = members.get(i);
      String field = listField + "[" + i + "].residentId";
      if (!seen.add(input.residentId())) {
        throw new DomainRuleViolation("member-listed-twice", "A resident is listed twice.", field);
      }
      placements.add(
          new Placement(
              resident(input.residentId(), field),
              SiakCodes.relationship(input.relationship(), listField + "[" + i + "].relationship"),
              field));
    }
    return placements;
  }

  /**
   * @throws DomainRuleViolation {@code family-head-required} / {@code family-single-head}
   */
  public static Placement requireOneHead(List<Placement> placements) {
    List<Placement> heads =
        placements.stream().filter(p -> p.relationship() == FamilyRelationship.HEAD).toList();
    if (heads.isEmpty()) {
      throw new DomainRuleViolation(
          "family-head-required",
          "A family card needs exactly one head (relationship \"1\").",
          "members");
    }
    if (heads.size() > 1) {
      throw new DomainRuleViolation(
          "family-single-head",
          "A family card has exactly one head (relationship \"1\").",
          "members");
    }
    return heads.get(0);
  }

  private void requireSameDesa(Family family, Resident resident, String field) {
    if (!resident.address.desaCode.equals(family.address.desaCode)) {
      throw new DomainRuleViolation(
          "member-lives-elsewhere",
          "Members of one family card live at one address; record a move first.",
          field);
    }
  }

  private Resident resident(UUID id, String field) {
    return residents
        .findByIdOptional(id)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "resident-unknown", "No resident with id " + id + ".", field));
  }

  private void requireReader(Family family) {
    if (access.isOfficer()) {
      Map<UUID, Resident> members = membersOf(family);
      for (FamilyMember member : family.currentMembers()) {
        readAudit.record(
            "resident",
            member.residentId.toString(),
            members.get(member.residentId).subjectRef,
            "family-card");
      }
      return;
    }
    if (!access.citizenBelongsTo(family.id)) {
      throw new NotFoundProblem("family", family.id);
    }
  }

  public FamilyView view(Family family, List<WarningView> warnings) {
    Map<UUID, Resident> members = membersOf(family);
    FamilyCard card =
        family
            .currentCard()
            .orElse(family.cards.isEmpty() ? null : family.cards.get(family.cards.size() - 1));
    return new FamilyView(
        family.id,
        card == null ? null : card.kkNumber,
        card == null ? null : card.id,
        card == null ? null : card.validFrom,
        family.status,
        regions.describe(family.address),
        family.head().map(h -> h.residentId).orElse(null),
        family.currentMembers().stream()
            .sorted(
                Comparator.comparing((FamilyMember m) -> m.relationship.code())
                    .thenComparing(m -> members.get(m.residentId).birthDate))
            .map(
                m -> {
                  Resident r = members.get(m.residentId);
                  return new MemberView(
                      r.id,
                      r.fullName,
                      r.sex,
                      r.birthDate,
                      CodeView.of(m.relationship),
                      m.joinedAt);
                })
            .toList(),
        family.version,
        warnings);
  }
}

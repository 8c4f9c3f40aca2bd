package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.BirthRegistration;
import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.LatePolicy;
import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.domain.RegistrationTransition;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.BirthRegistrationRepository;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareBirth;
import id.go.okikab.civilregistry.service.RegistrationCommands.ParentInput;
import id.go.okikab.civilregistry.service.RegistrationViews.BirthView;
import id.go.okikab.civilregistry.service.RegistrationViews.ChildView;
import id.go.okikab.civilregistry.service.RegistrationViews.RegistrationSummary;
import id.go.okikab.civilregistry.service.ResidentViews.ParentView;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.RegionCode;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.inbox.NonRetriableEventException;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Birth registrations: declared by a citizen for their own family or by an officer, or opened from
 * health.BirthReported; verified, approved and registered by an officer. Registering assigns the
 * child's NIK, puts the child on the family card and issues the akta kelahiran.
 */
@ApplicationScoped
public class BirthRegistrationService {

  private static final Logger LOG = Logger.getLogger(BirthRegistrationService.class);
  static final String HEALTH_ACTOR = "health.BirthReported";

  private final BirthRegistrationRepository births;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final FamilyService familyService;
  private final ResidentService residentService;
  private final Numbers numbers;
  private final CertificateService certificates;
  private final Registrations registrations;
  private final RegistryEvents events;
  private final RegionService regions;
  private final Access access;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final CivilRegistryConfig config;
  private final Clock clock;
  private final ZoneId zone;

  public BirthRegistrationService(
      BirthRegistrationRepository births,
      ResidentRepository residents,
      FamilyRepository families,
      FamilyService familyService,
      ResidentService residentService,
      Numbers numbers,
      CertificateService certificates,
      Registrations registrations,
      RegistryEvents events,
      RegionService regions,
      Access access,
      CallerIdentity caller,
      ReadAudit readAudit,
      CivilRegistryConfig config,
      Clock clock,
      ZoneId zone) {
    this.births = births;
    this.residents = residents;
    this.families = families;
    this.familyService = familyService;
    this.residentService = residentService;
    this.numbers = numbers;
    this.certificates = certificates;
    this.registrations = registrations;
    this.events = events;
    this.regions = regions;
    this.access = access;
    this.caller = caller;
    this.readAudit = readAudit;
    this.config = config;
    this.clock = clock;
    this.zone = zone;
  }

  // ---- declaration

  /** A citizen (for their own family card) or an officer declares a birth: SUBMITTED. */
  @Transactional
  public BirthView declare(DeclareBirth request) {
    Family family = familyService.find(request.familyId());
    boolean officer = access.isOfficer();
    if (!officer && !access.citizenBelongsTo(family.id)) {
      throw new ForbiddenProblem("You can declare births only for your own family card.");
    }
    Instant now = clock.instant();
    BirthRegistration registration = new BirthRegistration();
    registration.id = UUID.randomUUID();
    registration.status = RegistrationStatus.SUBMITTED;
    registration.channel = officer ? RegistrationChannel.OFFICER : RegistrationChannel.CITIZEN;
    registration.declarantRef = officer ? null : access.requireCitizenRef();
    registration.reportedAt = now;
    registration.createdAt = now;
    registration.updatedAt = now;
    apply(registration, request, family);
    flagDuplicates(registration);
    births.persist(registration);
    registrations.record(
        registration,
        RegistrationTransition.Kind.BIRTH,
        new Registration.Transition(null, RegistrationStatus.SUBMITTED, null),
        caller.actorId(),
        now);
    return view(registration);
  }

  /**
   * Opens a DRAFT from a health report of a live birth (in the inbox's transaction). A stillbirth
   * opens nothing: its surat keterangan lahir mati is declared by the family, and no record of it
   * is kept here. A repeated report of the same child is ignored.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<UUID> openFromHealth(BirthReported report, OffsetDateTime reportedAt) {
    if (report.outcome() == null) {
      throw new NonRetriableEventException("outcome is required");
    }
    if (report.outcome() == BirthReported.Outcome.STILLBIRTH) {
      LOG.infof(
          "pregnancy %s: stillbirth reported; no birth registration is opened",
          report.pregnancyId());
      return Optional.empty();
    }
    if (report.motherRef() == null || !report.motherRef().matches("[0-9a-f]{64}")) {
      throw new NonRetriableEventException("motherRef is not a subjectRef");
    }
    if (report.bornAt() == null || report.sex() == null) {
      throw new NonRetriableEventException("bornAt and sex are required");
    }
    if (report.childId() != null && births.count("healthChildId", report.childId()) > 0) {
      LOG.infof("health child %s already has a birth registration", report.childId());
      return Optional.empty();
    }
    Instant now = clock.instant();
    ZonedDateTime born = report.bornAt().atZoneSameInstant(zone);
    BirthRegistration registration = new BirthRegistration();
    registration.id = UUID.randomUUID();
    registration.status = RegistrationStatus.DRAFT;
    registration.channel = RegistrationChannel.HEALTH;
    registration.reportedAt = reportedAt == null ? now : reportedAt.toInstant();
    registration.createdAt = now;
    registration.updatedAt = now;
    registration.childSex = report.sex();
    registration.birthDate = born.toLocalDate();
    registration.birthTime = born.toLocalTime().withNano(0);
    registration.relationship = FamilyRelationship.CHILD;
    registration.healthPregnancyId = report.pregnancyId();
    registration.healthChildId = report.childId();
    registration.motherRef = report.motherRef();
    if (report.desaCode() != null && RegionCode.isWellFormed(report.desaCode())) {
      RegionCode desa = RegionCode.parse(report.desaCode());
      if (desa.level() == RegionCode.Level.VILLAGE) {
        registration.birthDesaCode = desa.digits();
        registration.birthPlace =
            regions.find(desa.digits()).map(RegionService.Entry::name).orElse(null);
      }
    }
    residents
        .findBySubjectRef(report.motherRef())
        .ifPresent(
            mother -> {
              registration.motherResidentId = mother.id;
              registration.motherName = mother.fullName;
              registration.familyId = families.currentFamilyIdOf(mother.id).orElse(null);
            });
    registration.late = late(registration);
    flagDuplicates(registration);
    births.persist(registration);
    registrations.record(
        registration,
        RegistrationTransition.Kind.BIRTH,
        new Registration.Transition(null, RegistrationStatus.DRAFT, null),
        HEALTH_ACTOR,
        now);
    return Optional.of(registration.id);
  }

  /**
   * Completes a DRAFT or corrects a NEEDS_FIX: the full declaration again, then SUBMITTED.
   * Officers, and citizens of the family (or the mother herself for a health report).
   */
  @Transactional
  public BirthView submit(UUID id, String ifMatch, DeclareBirth request) {
    BirthRegistration registration = find(id);
    if (!access.isOfficer()) {
      requireCitizenMayFollow(registration);
      if (!access.citizenBelongsTo(request.familyId())) {
        throw new ForbiddenProblem("You can declare births only for your own family card.");
      }
      if (registration.declarantRef == null) {
        registration.declarantRef = access.requireCitizenRef();
      }
    }
    Preconditions.requireIfMatch(ifMatch, registration.version);
    registration.requireCanMoveTo(RegistrationStatus.SUBMITTED);
    apply(registration, request, familyService.find(request.familyId()));
    Instant now = clock.instant();
    Registration.Transition transition = registration.submit(now);
    flagDuplicates(registration);
    births.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    return view(registration);
  }

  private void apply(BirthRegistration registration, DeclareBirth request, Family family) {
    family.requireActive("familyId");
    registration.familyId = family.id;
    registration.nameChild(request.childName().trim());
    registration.childSex = request.sex();
    registration.birthDate = request.birthDate();
    registration.birthTime = request.birthTime();
    registration.birthPlace = request.birthPlace().trim();
    if (request.birthDesaCode() != null) {
      String desa = request.birthDesaCode().replace(".", "");
      if (desa.startsWith(config.regencyCode())) {
        regions.requireVillageInRegency(desa, "birthDesaCode");
      }
      registration.birthDesaCode = desa;
    }
    FamilyRelationship relationship =
        request.relationship() == null
            ? FamilyRelationship.CHILD
            : Codes.relationship(request.relationship(), "relationship");
    if (relationship == FamilyRelationship.HEAD || relationship.isSpouse()) {
      throw new DomainRuleViolation(
          "child-relationship-invalid",
          "A newborn joins the card as a child, grandchild or other relative, not as "
              + relationship.label()
              + ".",
          "relationship");
    }
    registration.relationship = relationship;
    ParentInput mother = request.mother();
    if (mother != null && mother.residentId() != null) {
      Resident resident = parent(mother.residentId(), Sex.FEMALE, request.birthDate(), "mother");
      registration.motherResidentId = resident.id;
      registration.motherRef = resident.subjectRef;
      registration.motherName = resident.fullName;
    } else if (mother != null && mother.name() != null) {
      registration.motherResidentId = null;
      registration.motherName = mother.name().trim();
    }
    if (registration.motherRef == null && registration.motherName == null) {
      throw new DomainRuleViolation(
          "mother-required",
          "The birth certificate names the mother: give her resident id or her name.",
          "mother");
    }
    ParentInput father = request.father();
    if (father != null && father.residentId() != null) {
      Resident resident = parent(father.residentId(), Sex.MALE, request.birthDate(), "father");
      registration.fatherResidentId = resident.id;
      registration.fatherRef = resident.subjectRef;
      registration.fatherName = resident.fullName;
    } else if (father != null && father.name() != null) {
      registration.fatherResidentId = null;
      registration.fatherRef = null;
      registration.fatherName = father.name().trim();
    }
    registration.late = late(registration);
  }

  private Resident parent(UUID id, Sex sex, LocalDate childBirthDate, String field) {
    Resident parent =
        residents
            .findByIdOptional(id)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "resident-unknown",
                        "No resident with id " + id + ".",
                        field + ".residentId"));
    if (parent.sex != sex) {
      throw new DomainRuleViolation(
          field + "-sex-mismatch",
          "The " + field + " must be " + sex.name().toLowerCase() + ".",
          field + ".residentId");
    }
    if (!parent.birthDate.isBefore(childBirthDate)) {
      throw new DomainRuleViolation(
          "parent-born-after-child",
          "The " + field + " was not born before the child.",
          field + ".residentId");
    }
    return parent;
  }

  private boolean late(BirthRegistration registration) {
    LocalDate reportedOn = registration.reportedAt.atZone(zone).toLocalDate();
    return LatePolicy.isLate(registration.birthDate, reportedOn, config.births().lateAfterDays());
  }

  /**
   * Same child, born the same day to the same mother, as a resident or another open registration (a
   * registration without a name yet, e.g. a health report, matches any name).
   */
  private void flagDuplicates(BirthRegistration registration) {
    List<String> candidates = new ArrayList<>();
    String motherKey = Names.key(registration.motherName);
    if (registration.childNameKey != null) {
      residents
          .possibleDuplicates(
              registration.childNameKey, registration.birthDate, registration.motherRef, motherKey)
          .forEach(r -> candidates.add(r.id.toString()));
    }
    births
        .list(
            "birthDate = ?1 and id <> ?2 and status not in ?3",
            registration.birthDate,
            registration.id,
            List.of(RegistrationStatus.REGISTERED, RegistrationStatus.REJECTED))
        .stream()
        .filter(
            other ->
                registration.motherRef != null && registration.motherRef.equals(other.motherRef)
                    || motherKey != null && motherKey.equals(Names.key(other.motherName)))
        .filter(
            other ->
                registration.childNameKey == null
                    || other.childNameKey == null
                    || registration.childNameKey.equals(other.childNameKey))
        .forEach(other -> candidates.add(other.id.toString()));
    registration.duplicateCandidates = candidates;
    registration.duplicateSuspect = !candidates.isEmpty();
  }

  // ---- an officer's steps

  @Transactional
  public BirthView startVerification(UUID id) {
    BirthRegistration registration = find(id);
    Instant now = clock.instant();
    Registration.Transition transition = registration.startVerification(now);
    births.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    return view(registration);
  }

  @Transactional
  public BirthView requestFix(UUID id, String reason) {
    BirthRegistration registration = find(id);
    Instant now = clock.instant();
    Registration.Transition transition = registration.requestFix(reason.trim(), now);
    births.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    return view(registration);
  }

  @Transactional
  public BirthView reject(UUID id, String reason) {
    BirthRegistration registration = find(id);
    Instant now = clock.instant();
    Registration.Transition transition = registration.reject(reason.trim(), now);
    births.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    return view(registration);
  }

  /**
   * VERIFYING → APPROVED; a possible duplicate needs the officer's explicit {@code
   * duplicateReviewed}.
   */
  @Transactional
  public BirthView approve(UUID id, Approval approval) {
    BirthRegistration registration = find(id);
    registration.requireCanMoveTo(RegistrationStatus.APPROVED);
    familyService.find(registration.familyId).requireActive("familyId");
    flagDuplicates(registration);
    boolean reviewed = approval != null && Boolean.TRUE.equals(approval.duplicateReviewed());
    if (registration.duplicateSuspect && !reviewed) {
      throw new DomainRuleViolation(
          "possible-duplicate-person",
          "A child with the same name, date of birth and mother is registered or declared"
              + " already (duplicateCandidates). Check it; approve with duplicateReviewed = true"
              + " only if this is another child, otherwise reject.",
          "duplicateReviewed");
    }
    Instant now = clock.instant();
    Registration.Transition transition = registration.approve(now);
    births.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    return view(registration);
  }

  /**
   * APPROVED → REGISTERED: the child becomes a resident with a new NIK (the family's kecamatan, the
   * date of birth, the next free serial), joins the family card, and gets an akta kelahiran.
   */
  @Transactional
  public BirthView register(UUID id) {
    BirthRegistration registration = find(id);
    registration.requireCanMoveTo(RegistrationStatus.REGISTERED);
    Family family = familyService.find(registration.familyId);
    family.requireActive("familyId");
    Instant now = clock.instant();
    Nik nik =
        numbers.newNik(
            family.address.kecamatanCode(), registration.birthDate, registration.childSex);
    NewPerson person =
        new NewPerson(
            nik.value(),
            registration.childName,
            registration.childSex,
            registration.birthDate,
            registration.birthPlace,
            religionOf(registration, family),
            MaritalStatus.BELUM_KAWIN,
            null,
            BloodType.UNKNOWN,
            null,
            registration.motherRef,
            registration.motherName,
            registration.fatherRef,
            registration.fatherName);
    Resident child =
        residentService.create(person, family.address.copy(), ResidentRegistered.Origin.BIRTH, now);
    familyService.join(
        family,
        child,
        registration.relationship,
        "birth registration " + registration.id,
        now,
        "familyId");
    Certificate certificate =
        certificates.issue(CertificateType.BIRTH, child, registration.id, now);
    registration.childResidentId = child.id;
    Registration.Transition transition = registration.complete(certificate.id, now);
    births.flush();
    events.birthRegistered(registration, child);
    registrations.record(
        registration, RegistrationTransition.Kind.BIRTH, transition, caller.actorId(), now);
    LOG.infof("birth registration %s registered: resident %s", registration.id, child.id);
    return view(registration);
  }

  /** The child's religion on the family card: the mother's, else the father's, else the head's. */
  private Religion religionOf(BirthRegistration registration, Family family) {
    return Optional.ofNullable(registration.motherResidentId)
        .or(() -> Optional.ofNullable(registration.fatherResidentId))
        .or(() -> family.head().map(h -> h.residentId))
        .flatMap(residents::findByIdOptional)
        .map(r -> r.religion)
        .orElse(Religion.ISLAM);
  }

  // ---- reads

  @Transactional
  public BirthView read(UUID id) {
    BirthRegistration registration = find(id);
    if (access.isOfficer()) {
      readAudit.record(
          "birth-registration", id.toString(), registration.motherRef, ResidentService.PURPOSE);
    } else {
      requireCitizenMayFollow(registration);
    }
    return view(registration);
  }

  /** Officers: every registration (optionally in one state); citizens: their family's. */
  @Transactional
  public Page<RegistrationSummary> list(RegistrationStatus status, PageRequest paging) {
    Sort order = Sort.by("createdAt").and("id");
    if (access.isOfficer()) {
      return Pages.of(
          status == null ? births.findAll(order) : births.find("status", order, status),
          paging,
          BirthRegistrationService::summary);
    }
    String ref = access.requireCitizenRef();
    UUID familyId = access.citizenFamily().map(f -> f.id).orElse(new UUID(0, 0));
    String mine = "(declarantRef = ?1 or motherRef = ?1 or fatherRef = ?1 or familyId = ?2)";
    return Pages.of(
        status == null
            ? births.find(mine, order, ref, familyId)
            : births.find(mine + " and status = ?3", order, ref, familyId, status),
        paging,
        BirthRegistrationService::summary);
  }

  private void requireCitizenMayFollow(BirthRegistration registration) {
    String ref = access.requireCitizenRef();
    boolean mine =
        ref.equals(registration.declarantRef)
            || ref.equals(registration.motherRef)
            || ref.equals(registration.fatherRef)
            || access.citizenBelongsTo(registration.familyId);
    if (!mine) {
      throw new NotFoundProblem("birth registration", registration.id);
    }
  }

  public BirthRegistration find(UUID id) {
    return births
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundProblem("birth registration", id));
  }

  static RegistrationSummary summary(BirthRegistration registration) {
    return new RegistrationSummary(
        registration.id,
        "BIRTH",
        registration.status,
        registration.channel,
        registration.late,
        registration.familyId,
        registration.birthDate,
        registration.reportedAt);
  }

  private BirthView view(BirthRegistration registration) {
    String childNik =
        registration.childResidentId == null
            ? null
            : residents.findByIdOptional(registration.childResidentId).map(r -> r.nik).orElse(null);
    return new BirthView(
        registration.id,
        registration.status,
        registration.channel,
        registration.late,
        registration.late ? config.births().lateFineRupiah() : null,
        registration.reportedAt,
        registration.familyId,
        new ChildView(
            registration.childName,
            registration.childSex,
            registration.birthDate,
            registration.birthTime,
            registration.birthPlace,
            registration.birthDesaCode),
        parentView(registration.motherResidentId, registration.motherName),
        parentView(registration.fatherResidentId, registration.fatherName),
        CodeView.of(registration.relationship),
        registration.healthChildId,
        registration.duplicateSuspect,
        registration.duplicateCandidates.stream().map(UUID::fromString).toList(),
        registration.officerNote,
        registration.childResidentId,
        childNik,
        certificates.ref(registration.certificateId),
        registration.version,
        registrations.history(registration.id));
  }

  private static ParentView parentView(UUID residentId, String name) {
    return residentId == null && name == null ? null : new ParentView(residentId, name);
  }
}

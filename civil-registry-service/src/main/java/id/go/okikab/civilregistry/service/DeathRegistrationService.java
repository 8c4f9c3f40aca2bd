package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.DeathRegistration;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.LatePolicy;
import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.domain.RegistrationTransition;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.DeathRegistrationRepository;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareDeath;
import id.go.okikab.civilregistry.service.RegistrationViews.DeathView;
import id.go.okikab.civilregistry.service.RegistrationViews.RegistrationSummary;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Death registrations: declared by a citizen for a member of their own family card or by an
 * officer, verified, approved and registered by an officer. Registering makes the resident
 * DECEASED, takes them off the family card (a new head, and a new KK number, when the head died)
 * and issues the akta kematian.
 */
@ApplicationScoped
public class DeathRegistrationService {

  private static final Logger LOG = Logger.getLogger(DeathRegistrationService.class);

  private final DeathRegistrationRepository deaths;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final FamilyService familyService;
  private final CertificateService certificates;
  private final Registrations registrations;
  private final RegistryEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final CivilRegistryConfig config;
  private final Clock clock;
  private final ZoneId zone;

  public DeathRegistrationService(
      DeathRegistrationRepository deaths,
      ResidentRepository residents,
      FamilyRepository families,
      FamilyService familyService,
      CertificateService certificates,
      Registrations registrations,
      RegistryEvents events,
      Access access,
      CallerIdentity caller,
      ReadAudit readAudit,
      CivilRegistryConfig config,
      Clock clock,
      ZoneId zone) {
    this.deaths = deaths;
    this.residents = residents;
    this.families = families;
    this.familyService = familyService;
    this.certificates = certificates;
    this.registrations = registrations;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.readAudit = readAudit;
    this.config = config;
    this.clock = clock;
    this.zone = zone;
  }

  @Transactional
  public DeathView declare(DeclareDeath request) {
    Resident deceased = resident(request.residentId());
    Optional<Family> family = families.currentFamilyOf(deceased.id);
    boolean officer = access.isOfficer();
    if (!officer) {
      String ref = access.requireCitizenRef();
      if (family.isEmpty() || !access.citizenBelongsTo(family.get().id)) {
        throw new ForbiddenProblem(
            "You can declare deaths only of members of your own family card.");
      }
      if (ref.equals(deceased.subjectRef)) {
        throw new DomainRuleViolation(
            "declarant-is-deceased", "A person cannot declare their own death.", "residentId");
      }
    }
    deceased.requireAlive("residentId");
    if (deaths.count("residentId = ?1 and status <> ?2", deceased.id, RegistrationStatus.REJECTED)
        > 0) {
      throw new ConflictProblem("A death registration for this resident is already open.");
    }
    Instant now = clock.instant();
    DeathRegistration registration = new DeathRegistration();
    registration.id = UUID.randomUUID();
    registration.status = RegistrationStatus.SUBMITTED;
    registration.channel = officer ? RegistrationChannel.OFFICER : RegistrationChannel.CITIZEN;
    registration.declarantRef = officer ? null : access.requireCitizenRef();
    registration.residentId = deceased.id;
    registration.familyId = family.map(f -> f.id).orElse(null);
    registration.reportedAt = now;
    registration.createdAt = now;
    registration.updatedAt = now;
    apply(registration, request, deceased, family.orElse(null));
    deaths.persist(registration);
    registrations.record(
        registration,
        RegistrationTransition.Kind.DEATH,
        new Registration.Transition(null, RegistrationStatus.SUBMITTED, null),
        caller.actorId(),
        now);
    return view(registration);
  }

  /** Corrects a NEEDS_FIX declaration: SUBMITTED again. */
  @Transactional
  public DeathView submit(UUID id, String ifMatch, DeclareDeath request) {
    DeathRegistration registration = find(id);
    if (!access.isOfficer()) {
      requireCitizenMayFollow(registration);
    }
    Preconditions.requireIfMatch(ifMatch, registration.version);
    registration.requireCanMoveTo(RegistrationStatus.SUBMITTED);
    if (!registration.residentId.equals(request.residentId())) {
      throw new DomainRuleViolation(
          "resident-cannot-change",
          "A death registration concerns one person; reject it and declare anew.",
          "residentId");
    }
    Resident deceased = resident(registration.residentId);
    deceased.requireAlive("residentId");
    apply(registration, request, deceased, families.currentFamilyOf(deceased.id).orElse(null));
    Instant now = clock.instant();
    Registration.Transition transition = registration.submit(now);
    deaths.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.DEATH, transition, caller.actorId(), now);
    return view(registration);
  }

  private void apply(
      DeathRegistration registration, DeclareDeath request, Resident deceased, Family family) {
    if (request.dateOfDeath().isBefore(deceased.birthDate)) {
      throw new DomainRuleViolation(
          "death-before-birth", "The date of death is before the date of birth.", "dateOfDeath");
    }
    if (request.newHeadResidentId() != null) {
      boolean head =
          family != null && family.head().map(h -> h.residentId.equals(deceased.id)).orElse(false);
      if (!head) {
        throw new DomainRuleViolation(
            "head-not-leaving",
            "A new head is named only when the deceased is the head of their family card.",
            "newHeadResidentId");
      }
      if (request.newHeadResidentId().equals(deceased.id)
          || !family.hasCurrentMember(request.newHeadResidentId())) {
        throw new DomainRuleViolation(
            "not-a-member",
            "The new head must be another member of the family card.",
            "newHeadResidentId");
      }
    }
    registration.dateOfDeath = request.dateOfDeath();
    registration.placeOfDeath = request.placeOfDeath().trim();
    registration.statementIssuer = request.statementIssuer();
    registration.statementReference =
        request.statementReference() == null || request.statementReference().isBlank()
            ? null
            : request.statementReference().trim();
    registration.newHeadResidentId = request.newHeadResidentId();
    LocalDate reportedOn = registration.reportedAt.atZone(zone).toLocalDate();
    registration.late =
        LatePolicy.isLate(registration.dateOfDeath, reportedOn, config.deaths().lateAfterDays());
  }

  @Transactional
  public DeathView startVerification(UUID id) {
    DeathRegistration registration = find(id);
    Instant now = clock.instant();
    return record(registration, registration.startVerification(now), now);
  }

  @Transactional
  public DeathView requestFix(UUID id, String reason) {
    DeathRegistration registration = find(id);
    Instant now = clock.instant();
    return record(registration, registration.requestFix(reason.trim(), now), now);
  }

  @Transactional
  public DeathView approve(UUID id) {
    DeathRegistration registration = find(id);
    registration.requireCanMoveTo(RegistrationStatus.APPROVED);
    resident(registration.residentId).requireAlive("residentId");
    Instant now = clock.instant();
    return record(registration, registration.approve(now), now);
  }

  @Transactional
  public DeathView reject(UUID id, String reason) {
    DeathRegistration registration = find(id);
    Instant now = clock.instant();
    return record(registration, registration.reject(reason.trim(), now), now);
  }

  /**
   * APPROVED → REGISTERED: the resident is DECEASED and leaves the family card (the named or the
   * next head takes over with a new KK number; a card without members is dissolved), and the akta
   * kematian is issued.
   */
  @Transactional
  public DeathView register(UUID id) {
    DeathRegistration registration = find(id);
    registration.requireCanMoveTo(RegistrationStatus.REGISTERED);
    Resident deceased = resident(registration.residentId);
    Instant now = clock.instant();
    deceased.die(registration.dateOfDeath, now);
    Optional<Family> family = families.currentFamilyOf(deceased.id);
    if (family.isPresent()) {
      familyService.leave(
          family.get(),
          deceased,
          "death registration " + registration.id,
          registration.newHeadResidentId,
          "newHeadResidentId",
          now);
    }
    Certificate certificate =
        certificates.issue(CertificateType.DEATH, deceased, registration.id, now);
    Registration.Transition transition = registration.complete(certificate.id, now);
    deaths.flush();
    events.deathRegistered(registration, deceased);
    registrations.record(
        registration, RegistrationTransition.Kind.DEATH, transition, caller.actorId(), now);
    LOG.infof("death registration %s registered: resident %s", registration.id, deceased.id);
    return view(registration);
  }

  private DeathView record(
      DeathRegistration registration, Registration.Transition transition, Instant now) {
    deaths.flush();
    registrations.record(
        registration, RegistrationTransition.Kind.DEATH, transition, caller.actorId(), now);
    return view(registration);
  }

  @Transactional
  public DeathView read(UUID id) {
    DeathRegistration registration = find(id);
    if (access.isOfficer()) {
      readAudit.record(
          "death-registration",
          id.toString(),
          resident(registration.residentId).subjectRef,
          ResidentService.PURPOSE);
    } else {
      requireCitizenMayFollow(registration);
    }
    return view(registration);
  }

  @Transactional
  public Page<RegistrationSummary> list(RegistrationStatus status, PageRequest paging) {
    Sort order = Sort.by("createdAt").and("id");
    if (access.isOfficer()) {
      return Pages.of(
          status == null ? deaths.findAll(order) : deaths.find("status", order, status),
          paging,
          DeathRegistrationService::summary);
    }
    String ref = access.requireCitizenRef();
    UUID familyId = access.citizenFamily().map(f -> f.id).orElse(new UUID(0, 0));
    String mine = "(declarantRef = ?1 or familyId = ?2)";
    return Pages.of(
        status == null
            ? deaths.find(mine, order, ref, familyId)
            : deaths.find(mine + " and status = ?3", order, ref, familyId, status),
        paging,
        DeathRegistrationService::summary);
  }

  private void requireCitizenMayFollow(DeathRegistration registration) {
    String ref = access.requireCitizenRef();
    if (!ref.equals(registration.declarantRef) && !access.citizenBelongsTo(registration.familyId)) {
      throw new NotFoundProblem("death registration", registration.id);
    }
  }

  private Resident resident(UUID id) {
    return residents
        .findByIdOptional(id)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "resident-unknown", "No resident with id " + id + ".", "residentId"));
  }

  public DeathRegistration find(UUID id) {
    return deaths
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundProblem("death registration", id));
  }

  static RegistrationSummary summary(DeathRegistration registration) {
    return new RegistrationSummary(
        registration.id,
        "DEATH",
        registration.status,
        registration.channel,
        registration.late,
        registration.familyId,
        registration.dateOfDeath,
        registration.reportedAt);
  }

  private DeathView view(DeathRegistration registration) {
    Resident deceased = residents.findById(registration.residentId);
    return new DeathView(
        registration.id,
        registration.status,
        registration.channel,
        registration.late,
        registration.late ? config.deaths().lateFineRupiah() : null,
        registration.reportedAt,
        registration.residentId,
        deceased.fullName,
        registration.familyId,
        registration.dateOfDeath,
        registration.placeOfDeath,
        registration.statementIssuer,
        registration.statementReference,
        registration.newHeadResidentId,
        registration.officerNote,
        certificates.ref(registration.certificateId),
        registration.version,
        registrations.history(registration.id));
  }
}

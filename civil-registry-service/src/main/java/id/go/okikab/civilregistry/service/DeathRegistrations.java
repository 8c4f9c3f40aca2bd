package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.DeathRegistration;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.Registration.Declarant;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Registration.Transition;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.Text;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.DeathRegistrationRepository;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareDeath;
import id.go.okikab.civilregistry.service.RegistrationViews.DeathView;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deaths in the {@link RegistrationWorkflow}: declared by a citizen for another member of their own
 * family card or by an officer, for a living resident without another open death registration;
 * registering makes the resident DECEASED, takes them off the family card (a new head, and a new KK
 * number, when the head died), issues the akta kematian and publishes DeathRegistered.
 */
@ApplicationScoped
public class DeathRegistrations
    implements RegistrationKind<DeathRegistration, DeclareDeath, DeathView> {

  private static final Logger LOG = Logger.getLogger(DeathRegistrations.class);

  private final DeathRegistrationRepository deaths;
  private final ResidentRepository residents;
  private final FamilyRepository familyCards;
  private final FamilyService families;
  private final CertificateService certificates;
  private final RegistrationHistory history;
  private final RegistryEvents events;
  private final Access access;
  private final CivilRegistryConfig config;
  private final ZoneId zone;

  public DeathRegistrations(
      DeathRegistrationRepository deaths,
      ResidentRepository residents,
      FamilyRepository familyCards,
      FamilyService families,
      CertificateService certificates,
      RegistrationHistory history,
      RegistryEvents events,
      Access access,
      CivilRegistryConfig config,
      ZoneId zone) {
    this.deaths = deaths;
    this.residents = residents;
    this.familyCards = familyCards;
    this.families = families;
    this.certificates = certificates;
    this.history = history;
    this.events = events;
    this.access = access;
    this.config = config;
    this.zone = zone;
  }

  @Override
  public String noun() {
    return "death registration";
  }

  @Override
  public PanacheRepositoryBase<DeathRegistration, UUID> repository() {
    return deaths;
  }

  /**
   * A citizen declares the death of another member of their family card (else 403; their own: 422),
   * an officer of any living resident; one open death registration per resident (409).
   */
  @Override
  public Opened<DeathRegistration> declare(DeclareDeath request, Declarant declarant, Instant now) {
    Resident deceased = resident(request.residentId());
    Optional<Family> family = familyCards.currentFamilyOf(deceased.id);
    if (declarant.channel() != RegistrationChannel.OFFICER) {
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
    return DeathRegistration.declare(
        deceased,
        family.orElse(null),
        declaration(request),
        declarant,
        now,
        zone,
        config.deaths().lateAfterDays());
  }

  /** The same person, still alive. */
  @Override
  public void amend(DeathRegistration registration, DeclareDeath request) {
    registration.requireConcerns(request.residentId());
    Resident deceased = resident(registration.residentId);
    deceased.requireAlive("residentId");
    registration.amend(
        declaration(request),
        deceased,
        familyCards.currentFamilyOf(deceased.id).orElse(null),
        zone,
        config.deaths().lateAfterDays());
  }

  /** The resident is still alive. */
  @Override
  public void checkApproval(DeathRegistration registration, Approval approval) {
    resident(registration.residentId).requireAlive("residentId");
  }

  /**
   * The resident is DECEASED and leaves the family card (the named or the next head takes over with
   * a new KK number; a card without members is dissolved); the akta kematian; DeathRegistered.
   */
  @Override
  public Transition register(DeathRegistration registration, Instant now) {
    Resident deceased = resident(registration.residentId);
    deceased.die(registration.dateOfDeath, now);
    Optional<Family> family = familyCards.currentFamilyOf(deceased.id);
    if (family.isPresent()) {
      families.leave(
          family.get(),
          deceased,
          "death registration " + registration.id,
          registration.newHeadResidentId,
          "newHeadResidentId",
          now);
    }
    Certificate certificate =
        certificates.issue(CertificateType.DEATH, deceased, registration.id, now);
    Transition registered = registration.register(certificate, now);
    events.deathRegistered(registration, deceased);
    LOG.infof("death registration %s registered: resident %s", registration.id, deceased.id);
    return registered;
  }

  @Override
  public String auditRef(DeathRegistration registration) {
    return resident(registration.residentId).subjectRef;
  }

  private static DeathRegistration.Declaration declaration(DeclareDeath request) {
    return new DeathRegistration.Declaration(
        request.dateOfDeath(),
        request.placeOfDeath().trim(),
        request.statementIssuer(),
        Text.blankToNull(request.statementReference()),
        request.newHeadResidentId());
  }

  private Resident resident(UUID id) {
    return residents
        .findByIdOptional(id)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "resident-unknown", "No resident with id " + id + ".", "residentId"));
  }

  @Override
  public DeathView view(DeathRegistration registration) {
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
        history.of(registration.id));
  }
}

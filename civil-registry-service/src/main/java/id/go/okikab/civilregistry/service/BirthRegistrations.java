package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.BirthRegistration;
import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.NewPerson;
import id.go.okikab.civilregistry.domain.Registration.Declarant;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Registration.Transition;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.SiakCodes;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.BirthRegistrationRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareBirth;
import id.go.okikab.civilregistry.service.RegistrationCommands.ParentInput;
import id.go.okikab.civilregistry.service.RegistrationViews.BirthView;
import id.go.okikab.civilregistry.service.RegistrationViews.ChildView;
import id.go.okikab.civilregistry.service.ResidentViews.ParentView;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Births in the {@link RegistrationWorkflow}: declared by a citizen for their own family card or by
 * an officer (or opened as a DRAFT from health: {@link BirthReports}); a child who looks declared
 * or registered already is flagged and needs an explicit review at approval; registering gives the
 * child a NIK, puts them on the family card, issues the akta kelahiran and publishes
 * BirthRegistered.
 */
@ApplicationScoped
public class BirthRegistrations
    implements RegistrationKind<BirthRegistration, DeclareBirth, BirthView> {

  private static final Logger LOG = Logger.getLogger(BirthRegistrations.class);

  private final BirthRegistrationRepository births;
  private final ResidentRepository residents;
  private final FamilyService families;
  private final ResidentRegistration residentRegistration;
  private final Numbers numbers;
  private final CertificateService certificates;
  private final RegistrationHistory history;
  private final RegistryEvents events;
  private final RegionService regions;
  private final Access access;
  private final CivilRegistryConfig config;
  private final ZoneId zone;

  public BirthRegistrations(
      BirthRegistrationRepository births,
      ResidentRepository residents,
      FamilyService families,
      ResidentRegistration residentRegistration,
      Numbers numbers,
      CertificateService certificates,
      RegistrationHistory history,
      RegistryEvents events,
      RegionService regions,
      Access access,
      CivilRegistryConfig config,
      ZoneId zone) {
    this.births = births;
    this.residents = residents;
    this.families = families;
    this.residentRegistration = residentRegistration;
    this.numbers = numbers;
    this.certificates = certificates;
    this.history = history;
    this.events = events;
    this.regions = regions;
    this.access = access;
    this.config = config;
    this.zone = zone;
  }

  @Override
  public String noun() {
    return "birth registration";
  }

  @Override
  public PanacheRepositoryBase<BirthRegistration, UUID> repository() {
    return births;
  }

  /** A citizen declares for their own family card (else 403), an officer for any. */
  @Override
  public Opened<BirthRegistration> declare(DeclareBirth request, Declarant declarant, Instant now) {
    Family family = families.find(request.familyId());
    if (declarant.channel() != RegistrationChannel.OFFICER && !access.citizenBelongsTo(family.id)) {
      throw new ForbiddenProblem("You can declare births only for your own family card.");
    }
    Opened<BirthRegistration> opened =
        BirthRegistration.declare(
            declaration(request, family), declarant, now, zone, config.births().lateAfterDays());
    flagDuplicates(opened.registration());
    return opened;
  }

  /** The family card of the completed declaration must be the citizen's; they become declarant. */
  @Override
  public void citizenAmends(BirthRegistration registration, DeclareBirth request, String citizen) {
    if (!access.citizenBelongsTo(request.familyId())) {
      throw new ForbiddenProblem("You can declare births only for your own family card.");
    }
    registration.completedBy(citizen);
  }

  @Override
  public void amend(BirthRegistration registration, DeclareBirth request) {
    registration.amend(
        declaration(request, families.find(request.familyId())),
        zone,
        config.births().lateAfterDays());
    flagDuplicates(registration);
  }

  /** The family card is still active; a possible duplicate needs {@code duplicateReviewed}. */
  @Override
  public void checkApproval(BirthRegistration registration, Approval approval) {
    families.find(registration.familyId).requireActive("familyId");
    flagDuplicates(registration);
    registration.requireDuplicateReviewed(
        approval != null && Boolean.TRUE.equals(approval.duplicateReviewed()));
  }

  /**
   * The child becomes a resident with a new NIK (the family's kecamatan, the date of birth, the
   * next free serial), joins the family card and gets an akta kelahiran; BirthRegistered.
   */
  @Override
  public Transition register(BirthRegistration registration, Instant now) {
    Family family = families.find(registration.familyId);
    family.requireActive("familyId");
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
        residentRegistration.enrol(
            person, family.address.copy(), ResidentRegistered.Origin.BIRTH, now);
    families.join(
        family,
        child,
        registration.relationship,
        "birth registration " + registration.id,
        now,
        "familyId");
    Certificate certificate =
        certificates.issue(CertificateType.BIRTH, child, registration.id, now);
    Transition registered = registration.register(child, certificate, now);
    events.birthRegistered(registration, child);
    LOG.infof("birth registration %s registered: resident %s", registration.id, child.id);
    return registered;
  }

  /** The mother and the father follow the registration. */
  @Override
  public boolean concerns(BirthRegistration registration, String citizenRef) {
    return citizenRef.equals(registration.motherRef) || citizenRef.equals(registration.fatherRef);
  }

  @Override
  public String citizenListClause() {
    return "or motherRef = ?1 or fatherRef = ?1";
  }

  @Override
  public String auditRef(BirthRegistration registration) {
    return registration.motherRef;
  }

  // ---- the declaration

  /** The declaration with its records looked up and its codes read. */
  private BirthRegistration.Declaration declaration(DeclareBirth request, Family family) {
    family.requireActive("familyId");
    String desa = null;
    if (request.birthDesaCode() != null) {
      desa = request.birthDesaCode().replace(".", "");
      if (desa.startsWith(config.regencyCode())) {
        regions.requireVillageInRegency(desa, "birthDesaCode");
      }
    }
    FamilyRelationship relationship =
        request.relationship() == null
            ? FamilyRelationship.CHILD
            : SiakCodes.relationship(request.relationship(), "relationship");
    return new BirthRegistration.Declaration(
        family,
        request.childName().trim(),
        request.sex(),
        request.birthDate(),
        request.birthTime(),
        request.birthPlace().trim(),
        desa,
        relationship,
        parent(request.mother(), "mother"),
        parent(request.father(), "father"));
  }

  private BirthRegistration.Parent parent(ParentInput input, String field) {
    if (input == null) {
      return null;
    }
    if (input.residentId() != null) {
      Resident resident =
          residents
              .findByIdOptional(input.residentId())
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "resident-unknown",
                          "No resident with id " + input.residentId() + ".",
                          field + ".residentId"));
      return new BirthRegistration.Parent(resident, null);
    }
    return new BirthRegistration.Parent(null, input.name() == null ? null : input.name().trim());
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

  /**
   * Same child, born the same day to the same mother, as a resident or another open registration (a
   * registration without a name yet, e.g. a health report, matches any name).
   */
  void flagDuplicates(BirthRegistration registration) {
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
    registration.suspectDuplicates(candidates);
  }

  // ---- the view

  @Override
  public BirthView view(BirthRegistration registration) {
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
        history.of(registration.id));
  }

  private static ParentView parentView(UUID residentId, String name) {
    return residentId == null && name == null ? null : new ParentView(residentId, name);
  }
}

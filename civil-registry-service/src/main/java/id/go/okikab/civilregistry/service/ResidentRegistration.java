package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Address;
import id.go.okikab.civilregistry.domain.IdentifierRules;
import id.go.okikab.civilregistry.domain.IdentifierRules.CheckedNik;
import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.NewPerson;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.ResidentReview;
import id.go.okikab.civilregistry.domain.SiakCodes;
import id.go.okikab.civilregistry.domain.Text;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.repository.ResidentReviewRepository;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.civilregistry.service.ResidentCommands.ParentInput;
import id.go.okikab.civilregistry.service.ResidentCommands.RegisterResident;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentView;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewPending;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Registering a person with their NIK: an officer's registration (held for review when the person
 * may be registered already), and the resident record every other way of becoming a resident
 * (birth, move in, a review's decision) creates through {@link #enrol}.
 */
@ApplicationScoped
public class ResidentRegistration {

  private static final Logger LOG = Logger.getLogger(ResidentRegistration.class);

  /** The outcome of a registration: a new resident, or a review when it may be a duplicate. */
  public sealed interface Registered {
    record Created(ResidentView resident) implements Registered {}

    record PendingReview(ReviewPending review) implements Registered {}
  }

  /** A registration whose NIK, codes and address passed the rules. */
  record Checked(NewPerson person, Address address, List<WarningView> warnings) {}

  private final ResidentRepository residents;
  private final ResidentReviewRepository reviews;
  private final ResidentQueries queries;
  private final RegionService regions;
  private final SubjectRefs subjectRefs;
  private final RegistryEvents events;
  private final CallerIdentity caller;
  private final Clock clock;

  public ResidentRegistration(
      ResidentRepository residents,
      ResidentReviewRepository reviews,
      ResidentQueries queries,
      RegionService regions,
      SubjectRefs subjectRefs,
      RegistryEvents events,
      CallerIdentity caller,
      Clock clock) {
    this.residents = residents;
    this.reviews = reviews;
    this.queries = queries;
    this.regions = regions;
    this.subjectRefs = subjectRefs;
    this.events = events;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Registers a person with their NIK. A NIK already registered is a 409; a person who looks
   * registered already (same name, birth date and mother) waits for an officer's review.
   */
  @Transactional
  public Registered register(RegisterResident request) {
    Checked checked = check(request);
    if (residents.nikTaken(request.nik())) {
      throw new ConflictProblem("A resident with this NIK is already registered.");
    }
    if (reviews.count("nik = ?1 and status = ?2", request.nik(), ResidentReview.Status.OPEN) > 0) {
      throw new ConflictProblem("A registration with this NIK is waiting for an officer's review.");
    }
    List<Resident> candidates =
        residents.possibleDuplicates(
            Names.key(request.fullName()),
            request.birthDate(),
            checked.person().motherRef(),
            Names.key(checked.person().motherName()));
    Instant now = clock.instant();
    if (!candidates.isEmpty()) {
      ResidentReview review =
          ResidentReview.hold(
              ResidentReviews.held(request),
              candidates.stream().map(r -> r.id).toList(),
              caller.actorId(),
              now);
      reviews.persist(review);
      LOG.infof(
          "resident registration held for review %s: %d possible duplicate(s)",
          review.id, candidates.size());
      return new Registered.PendingReview(
          new ReviewPending(
              review.id,
              candidates.stream().map(r -> r.id).toList(),
              "A resident with the same name, date of birth and mother is registered already;"
                  + " an officer decides whether this is another person."));
    }
    Resident resident =
        enrol(checked.person(), checked.address(), ResidentRegistered.Origin.REGISTRATION, now);
    return new Registered.Created(queries.view(resident, checked.warnings()));
  }

  /**
   * The NIK rules (domain.md 1.1; an unknown kecamatan only warns), the NIK's agreement with sex
   * and date of birth, the codes, the parents' NIKs and the desa of the address.
   */
  Checked check(RegisterResident request) {
    LocalDate today = LocalDate.now(clock);
    CheckedNik nik = IdentifierRules.checkNik(request.nik(), today, regions, "nik");
    IdentifierRules.requireAgreement(
        nik.nik(), request.sex(), request.birthDate(), "sex", "birthDate");
    String desa = regions.requireVillageInRegency(request.address().desaCode(), "address.desaCode");
    NewPerson person =
        new NewPerson(
            request.nik(),
            request.fullName().trim(),
            request.sex(),
            request.birthDate(),
            request.birthPlace().trim(),
            SiakCodes.religion(request.religion(), "religion"),
            SiakCodes.maritalStatus(request.maritalStatus(), "maritalStatus"),
            request.marriageRegistered(),
            SiakCodes.bloodType(request.bloodType(), "bloodType"),
            Text.blankToNull(request.occupation()),
            parentRef(nikOf(request.mother()), "mother.nik"),
            nameOf(request.mother()),
            parentRef(nikOf(request.father()), "father.nik"),
            nameOf(request.father()));
    if (person.marriageRegistered() != null && !person.maritalStatus().everMarried()) {
      throw new DomainRuleViolation(
          "marriage-registered-needs-marriage",
          "Whether a marriage is registered applies only to people who are or were married.",
          "marriageRegistered");
    }
    Address address =
        new Address(
            desa,
            request.address().rt(),
            request.address().rw(),
            Text.blankToNull(request.address().street()));
    List<WarningView> warnings =
        nik.warnings().stream()
            .map(w -> new WarningView(w.code(), w.field(), w.message()))
            .toList();
    return new Checked(person, address, warnings);
  }

  /**
   * A parent's subjectRef from their NIK (checked for its structure only: a parent need not be a
   * resident of OKI).
   *
   * @throws DomainRuleViolation naming {@code field} when it is not a NIK
   */
  String parentRef(String nik, String field) {
    if (nik == null) {
      return null;
    }
    try {
      Nik.parse(nik, LocalDate.now(clock));
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(e.rule(), "NIK: " + e.getMessage() + ".", field);
    }
    return subjectRefs.of(nik);
  }

  private static String nikOf(ParentInput parent) {
    return parent == null ? null : parent.nik();
  }

  private static String nameOf(ParentInput parent) {
    return parent == null ? null : Text.blankToNull(parent.name());
  }

  /**
   * Creates the resident record of a person who passed the rules and publishes ResidentRegistered
   * (in the caller's transaction).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Resident enrol(
      NewPerson person, Address address, ResidentRegistered.Origin origin, Instant now) {
    Resident resident =
        Resident.register(person, subjectRefs.of(person.nik()), address, origin, now);
    residents.persist(resident);
    events.residentRegistered(resident);
    LOG.infof("resident %s registered (%s)", resident.id, origin);
    return resident;
  }
}

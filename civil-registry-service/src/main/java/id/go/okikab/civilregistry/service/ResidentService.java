package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.civilregistry.domain.Address;
import id.go.okikab.civilregistry.domain.IdentifierRules;
import id.go.okikab.civilregistry.domain.IdentifierRules.CheckedNik;
import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.ResidentCorrection;
import id.go.okikab.civilregistry.domain.ResidentReview;
import id.go.okikab.civilregistry.domain.ResidentStatus;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentCorrectionRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.repository.ResidentReviewRepository;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.civilregistry.service.ResidentCommands.CorrectionRequest;
import id.go.okikab.civilregistry.service.ResidentCommands.ParentInput;
import id.go.okikab.civilregistry.service.ResidentCommands.RegisterResident;
import id.go.okikab.civilregistry.service.ResidentCommands.ReviewDecision;
import id.go.okikab.civilregistry.service.ResidentCommands.SearchRequest;
import id.go.okikab.civilregistry.service.ResidentViews.CorrectionView;
import id.go.okikab.civilregistry.service.ResidentViews.ExistenceView;
import id.go.okikab.civilregistry.service.ResidentViews.ParentView;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentSummary;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentView;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewPending;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewView;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Residents: registration, reads (audited for officers), search, corrections, existence. */
@ApplicationScoped
public class ResidentService {

  private static final Logger LOG = Logger.getLogger(ResidentService.class);
  static final String PURPOSE = "civil-registration";

  /** The outcome of a registration: a new resident, or a review when it may be a duplicate. */
  public sealed interface Registered {
    record Created(ResidentView resident) implements Registered {}

    record PendingReview(ReviewPending review) implements Registered {}
  }

  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final ResidentCorrectionRepository corrections;
  private final ResidentReviewRepository reviews;
  private final RegionService regions;
  private final SubjectRefs subjectRefs;
  private final RegistryEvents events;
  private final ReadAudit readAudit;
  private final CallerIdentity caller;
  private final Access access;
  private final ObjectMapper json;
  private final Clock clock;

  public ResidentService(
      ResidentRepository residents,
      FamilyRepository families,
      ResidentCorrectionRepository corrections,
      ResidentReviewRepository reviews,
      RegionService regions,
      SubjectRefs subjectRefs,
      RegistryEvents events,
      ReadAudit readAudit,
      CallerIdentity caller,
      Access access,
      ObjectMapper json,
      Clock clock) {
    this.residents = residents;
    this.families = families;
    this.corrections = corrections;
    this.reviews = reviews;
    this.regions = regions;
    this.subjectRefs = subjectRefs;
    this.events = events;
    this.readAudit = readAudit;
    this.caller = caller;
    this.access = access;
    this.json = json;
    this.clock = clock;
  }

  // ---- registration

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
      ResidentReview review = new ResidentReview();
      review.id = UUID.randomUUID();
      review.status = ResidentReview.Status.OPEN;
      review.nik = request.nik();
      @SuppressWarnings("unchecked")
      Map<String, Object> stored = json.convertValue(request, Map.class);
      review.request = stored;
      review.candidateIds = candidates.stream().map(r -> r.id.toString()).toList();
      review.openedBy = caller.actorId();
      review.openedAt = now;
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
        create(checked.person(), checked.address(), ResidentRegistered.Origin.REGISTRATION, now);
    return new Registered.Created(view(resident, checked.warnings()));
  }

  private record Checked(NewPerson person, Address address, List<WarningView> warnings) {}

  private Checked check(RegisterResident request) {
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
            Codes.religion(request.religion(), "religion"),
            Codes.maritalStatus(request.maritalStatus(), "maritalStatus"),
            request.marriageRegistered(),
            Codes.bloodType(request.bloodType(), "bloodType"),
            blankToNull(request.occupation()),
            parentRef(request.mother(), "mother.nik"),
            parentName(request.mother()),
            parentRef(request.father(), "father.nik"),
            parentName(request.father()));
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
            blankToNull(request.address().street()));
    List<WarningView> warnings =
        nik.warnings().stream()
            .map(w -> new WarningView(w.code(), w.field(), w.message()))
            .toList();
    return new Checked(person, address, warnings);
  }

  private String parentRef(ParentInput parent, String field) {
    if (parent == null || parent.nik() == null) {
      return null;
    }
    try {
      Nik.parse(parent.nik(), LocalDate.now(clock));
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(e.rule(), "NIK: " + e.getMessage() + ".", field);
    }
    return subjectRefs.of(parent.nik());
  }

  private static String parentName(ParentInput parent) {
    return parent == null ? null : blankToNull(parent.name());
  }

  /**
   * Creates a resident record and publishes ResidentRegistered (joins the caller's transaction).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Resident create(
      NewPerson person, Address address, ResidentRegistered.Origin origin, Instant now) {
    Resident resident = new Resident();
    resident.id = UUID.randomUUID();
    resident.nik = person.nik();
    resident.subjectRef = subjectRefs.of(person.nik());
    resident.rename(person.fullName());
    resident.sex = person.sex();
    resident.birthDate = person.birthDate();
    resident.birthPlace = person.birthPlace();
    resident.religion = person.religion();
    resident.maritalStatus = person.maritalStatus();
    resident.marriageRegistered = person.marriageRegistered();
    resident.bloodType = person.bloodType();
    resident.occupation = person.occupation();
    resident.motherRef = person.motherRef();
    resident.setMotherName(person.motherName());
    resident.fatherRef = person.fatherRef();
    resident.fatherName = person.fatherName();
    resident.address = address;
    resident.status = ResidentStatus.ALIVE;
    resident.origin = origin;
    resident.registeredAt = now;
    resident.updatedAt = now;
    residents.persist(resident);
    events.residentRegistered(resident);
    LOG.infof("resident %s registered (%s)", resident.id, origin);
    return resident;
  }

  // ---- reads

  /** An officer's read (audited), or a citizen's read of their own record (else 404). */
  @Transactional
  public ResidentView read(UUID id) {
    Resident resident = find(id);
    if (access.isOfficer()) {
      readAudit.record("resident", id.toString(), resident.subjectRef, PURPOSE);
    } else {
      caller.requireSubjectOrAnyRoleElseNotFound(
          resident.subjectRef, "resident", id, Access.OFFICER);
    }
    return view(resident, List.of());
  }

  /** The calling citizen's own record. */
  @Transactional
  public ResidentView me() {
    String ref = access.requireCitizenRef();
    Resident resident =
        residents
            .findBySubjectRef(ref)
            .orElseThrow(() -> new NotFoundProblem("No resident of this registry has your NIK."));
    return view(resident, List.of());
  }

  public Resident find(UUID id) {
    return residents.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("resident", id));
  }

  /** Search by NIK, by name and date of birth, or by kecamatan/desa; every result is audited. */
  @Transactional
  public Page<ResidentSummary> search(SearchRequest request, PageRequest paging) {
    paging.requireValid();
    // read-only: no snapshots to keep, no dirty checking of the results at commit
    PanacheQuery<Resident> query =
        query(request).withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
    List<Resident> found =
        query.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list();
    // a first page that is not full holds every match: no count query (a NIK, a name and date)
    long total = paging.page() == 0 && found.size() < paging.size() ? found.size() : query.count();
    Page<ResidentSummary> page =
        Page.of(found.stream().map(ResidentService::summary).toList(), paging, total);
    for (Resident result : found) {
      readAudit.record("resident", result.id.toString(), result.subjectRef, "search");
    }
    return page;
  }

  private PanacheQuery<Resident> query(SearchRequest request) {
    Sort order = Sort.by("nameKey").and("id");
    boolean byNik = request.nik() != null;
    boolean byName = request.name() != null || request.birthDate() != null;
    boolean byRegion = request.kecamatanCode() != null || request.desaCode() != null;
    int modes = (byNik ? 1 : 0) + (byName ? 1 : 0) + (byRegion ? 1 : 0);
    if (modes != 1) {
      throw new ValidationProblem(
          "body", "search by exactly one of: nik; name + birthDate; kecamatanCode or desaCode");
    }
    if (byNik) {
      return residents.find("nik", request.nik());
    }
    if (byName) {
      List<FieldError> missing = new ArrayList<>();
      if (request.name() == null) {
        missing.add(new FieldError("name", "is required with birthDate"));
      }
      if (request.birthDate() == null) {
        missing.add(new FieldError("birthDate", "is required with name"));
      }
      List<String> tokens = Names.tokens(request.name());
      if (request.name() != null && tokens.isEmpty()) {
        missing.add(new FieldError("name", "must contain letters or digits"));
      }
      if (!missing.isEmpty()) {
        throw new ValidationProblem(missing);
      }
      StringBuilder jpql = new StringBuilder("birthDate = ?1");
      List<Object> parameters = new ArrayList<>();
      parameters.add(request.birthDate());
      for (String token : tokens) {
        parameters.add("%" + token + "%");
        jpql.append(" and nameKey like ?").append(parameters.size());
      }
      return residents.find(jpql.toString(), order, parameters.toArray());
    }
    if (request.kecamatanCode() != null && request.desaCode() != null) {
      throw new ValidationProblem("kecamatanCode", "give kecamatanCode or desaCode, not both");
    }
    String status = request.status() == null ? "" : " and status = ?3";
    if (request.desaCode() != null) {
      String desa = request.desaCode().replace(".", "");
      return request.status() == null
          ? residents.find("address.desaCode = ?1", order, desa)
          : residents.find("address.desaCode = ?1 and status = ?2", order, desa, request.status());
    }
    String kecamatan = request.kecamatanCode().replace(".", "");
    return request.status() == null
        ? residents.find(
            "address.desaCode between ?1 and ?2", order, kecamatan + "0000", kecamatan + "9999")
        : residents.find(
            "address.desaCode between ?1 and ?2" + status,
            order,
            kecamatan + "0000",
            kecamatan + "9999",
            request.status());
  }

  /** Whether a living resident has the NIK (health officers: existence only, audited). */
  @Transactional
  public ExistenceView exists(String nik) {
    Resident resident = residents.findByNik(nik).filter(Resident::isAlive).orElse(null);
    readAudit.record(
        "resident-existence",
        resident == null ? "none" : resident.id.toString(),
        subjectRefs.of(nik),
        "existence-check");
    return new ExistenceView(resident != null);
  }

  // ---- corrections

  /**
   * Corrects fields of a resident with a reason, keeping the old values; the NIK's sex and date of
   * birth must still agree.
   */
  @Transactional
  public ResidentView correct(UUID id, String ifMatch, CorrectionRequest request) {
    Resident resident = find(id);
    Preconditions.requireIfMatch(ifMatch, resident.version);
    Map<String, String> before = resident.correctableValues();
    List<FieldError> unknown = new ArrayList<>();
    for (String field : request.changes().keySet()) {
      if (!Resident.CORRECTABLE.contains(field)) {
        unknown.add(
            new FieldError(
                "changes." + field,
                "is not correctable here (correctable: " + Resident.CORRECTABLE + ")"));
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(java.util.Comparator.comparing(FieldError::field));
      throw new ValidationProblem(unknown);
    }
    request.changes().forEach((field, value) -> apply(resident, field, value));
    Nik nik = Nik.parse(resident.nik, resident.birthDate.plusYears(150));
    IdentifierRules.requireAgreement(
        nik, resident.sex, resident.birthDate, "changes.sex", "changes.birthDate");
    if (resident.birthDate.isAfter(LocalDate.now(clock))) {
      throw new ValidationProblem("changes.birthDate", "must not be in the future");
    }
    Map<String, String> after = resident.correctableValues();
    Map<String, String> oldValues = new LinkedHashMap<>();
    Map<String, String> newValues = new LinkedHashMap<>();
    before.forEach(
        (field, old) -> {
          if (!Objects.equals(old, after.get(field))) {
            oldValues.put(field, old);
            newValues.put(field, after.get(field));
          }
        });
    if (newValues.isEmpty()) {
      throw new DomainRuleViolation(
          "nothing-to-correct", "The changes equal the current values.", "changes");
    }
    Instant now = clock.instant();
    resident.updatedAt = now;
    ResidentCorrection correction = new ResidentCorrection();
    correction.id = UUID.randomUUID();
    correction.residentId = resident.id;
    correction.correctedAt = now;
    correction.officer = caller.actorId();
    correction.reason = request.reason().trim();
    correction.oldValues = oldValues;
    correction.newValues = newValues;
    corrections.persist(correction);
    residents.flush();
    events.residentCorrected(resident, correction.id, List.copyOf(newValues.keySet()));
    LOG.infof("resident %s corrected: %s", resident.id, newValues.keySet());
    return view(resident, List.of());
  }

  private void apply(Resident resident, String field, String value) {
    String path = "changes." + field;
    switch (field) {
      case "fullName" -> resident.rename(requireName(value, path, true));
      case "sex" -> {
        try {
          resident.sex = Sex.valueOf(required(value, path));
        } catch (IllegalArgumentException e) {
          throw new ValidationProblem(path, "must be MALE or FEMALE");
        }
      }
      case "birthDate" -> {
        try {
          resident.birthDate = LocalDate.parse(required(value, path));
        } catch (DateTimeParseException e) {
          throw new ValidationProblem(path, "must be a date (yyyy-MM-dd)");
        }
      }
      case "birthPlace" -> resident.birthPlace = limit(required(value, path), 80, path);
      case "religion" -> resident.religion = Codes.religion(required(value, path), path);
      case "maritalStatus" ->
          resident.maritalStatus = Codes.maritalStatus(required(value, path), path);
      case "marriageRegistered" -> {
        if (value == null || value.isBlank()) {
          resident.marriageRegistered = null;
        } else if (value.equals("true") || value.equals("false")) {
          resident.marriageRegistered = Boolean.valueOf(value);
        } else {
          throw new ValidationProblem(path, "must be true, false or empty");
        }
      }
      case "bloodType" -> resident.bloodType = Codes.bloodType(required(value, path), path);
      case "occupation" -> resident.occupation = limit(blankToNull(value), 80, path);
      case "motherName" -> resident.setMotherName(requireName(value, path, false));
      case "fatherName" -> resident.fatherName = requireName(value, path, false);
      case "rt" -> resident.address.rt = digits(value, path);
      case "rw" -> resident.address.rw = digits(value, path);
      case "street" -> resident.address.street = limit(blankToNull(value), 200, path);
      default -> throw new ValidationProblem(path, "is not correctable here");
    }
  }

  private static String required(String value, String path) {
    if (value == null || value.isBlank()) {
      throw new ValidationProblem(path, "must not be blank");
    }
    return value.trim();
  }

  private static String requireName(String value, String path, boolean mandatory) {
    String name = mandatory ? required(value, path) : blankToNull(value);
    if (name != null
        && (name.length() > 120
            || !name.matches(id.go.okikab.civilregistry.service.CommonCommands.NAME))) {
      throw new ValidationProblem(
          path, id.go.okikab.civilregistry.service.CommonCommands.NAME_MESSAGE);
    }
    return name;
  }

  private static String limit(String value, int max, String path) {
    if (value != null && value.length() > max) {
      throw new ValidationProblem(path, "size must be between 0 and " + max);
    }
    return value;
  }

  private static String digits(String value, String path) {
    String v = blankToNull(value);
    if (v != null && !v.matches("\\d{1,3}")) {
      throw new ValidationProblem(path, "must be 1-3 digits");
    }
    return v;
  }

  /** A resident's correction history, oldest first (officers; audited). */
  @Transactional
  public List<CorrectionView> corrections(UUID id) {
    Resident resident = find(id);
    readAudit.record("resident-corrections", id.toString(), resident.subjectRef, PURPOSE);
    return corrections.list("residentId", Sort.by("correctedAt").and("id"), id).stream()
        .map(
            c ->
                new CorrectionView(
                    c.id, c.correctedAt, c.officer, c.reason, c.oldValues, c.newValues))
        .toList();
  }

  // ---- duplicate-person reviews

  @Transactional
  public Page<ReviewView> reviews(ResidentReview.Status status, PageRequest paging) {
    return Pages.of(
        reviews.find("status", Sort.by("openedAt").and("id"), status), paging, this::reviewView);
  }

  @Transactional
  public ReviewView review(UUID id) {
    return reviewView(findReview(id));
  }

  /** An officer registers the held person as someone new, or rejects them as a duplicate. */
  @Transactional
  public ReviewView decide(UUID id, ReviewDecision decision) {
    ResidentReview review = findReview(id);
    Instant now = clock.instant();
    if (decision.decision() == ReviewDecision.Decision.REJECT) {
      review.decide(ResidentReview.Status.REJECTED, caller.actorId(), decision.reason(), null, now);
      return reviewView(review);
    }
    review.requireOpen();
    RegisterResident request = json.convertValue(review.request, RegisterResident.class);
    if (residents.nikTaken(request.nik())) {
      throw new ConflictProblem("A resident with this NIK was registered in the meantime.");
    }
    Checked checked = check(request);
    Resident resident =
        create(checked.person(), checked.address(), ResidentRegistered.Origin.REGISTRATION, now);
    review.decide(
        ResidentReview.Status.REGISTERED, caller.actorId(), decision.reason(), resident.id, now);
    return reviewView(review);
  }

  private ResidentReview findReview(UUID id) {
    return reviews.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("review", id));
  }

  private ReviewView reviewView(ResidentReview review) {
    Object name = review.request.get("fullName");
    Object date = review.request.get("birthDate");
    return new ReviewView(
        review.id,
        review.status.name(),
        name == null ? null : name.toString(),
        date == null ? null : LocalDate.parse(date.toString()),
        review.candidateIds.stream().map(UUID::fromString).toList(),
        review.openedBy,
        review.openedAt,
        review.decidedBy,
        review.decidedAt,
        review.decisionReason,
        review.residentId);
  }

  // ---- views

  public ResidentView view(Resident resident, List<WarningView> warnings) {
    UUID familyId = families.currentFamilyIdOf(resident.id).orElse(null);
    return new ResidentView(
        resident.id,
        resident.nik,
        resident.fullName,
        resident.sex,
        resident.birthDate,
        resident.birthPlace,
        CodeView.of(resident.religion),
        CodeView.of(resident.maritalStatus),
        resident.marriageRegistered,
        CodeView.of(resident.bloodType),
        resident.occupation,
        parent(resident.motherRef, resident.motherName),
        parent(resident.fatherRef, resident.fatherName),
        regions.describe(resident.address),
        resident.status,
        resident.dateOfDeath,
        familyId,
        resident.origin.name(),
        resident.registeredAt,
        resident.version,
        warnings);
  }

  private ParentView parent(String ref, String name) {
    if (ref == null && name == null) {
      return null;
    }
    UUID residentId =
        ref == null ? null : residents.findBySubjectRef(ref).map(r -> r.id).orElse(null);
    return new ParentView(residentId, name);
  }

  static ResidentSummary summary(Resident resident) {
    return new ResidentSummary(
        resident.id,
        resident.nik,
        resident.fullName,
        resident.sex,
        resident.birthDate,
        resident.address.desaCode,
        resident.status);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

package id.go.okikab.permits.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.permits.domain.ApplicationAction;
import id.go.okikab.permits.domain.ApplicationStatus;
import id.go.okikab.permits.domain.BillingCodes;
import id.go.okikab.permits.domain.Identifiers;
import id.go.okikab.permits.domain.Permit;
import id.go.okikab.permits.domain.PermitApplication;
import id.go.okikab.permits.domain.PermitType;
import id.go.okikab.permits.domain.zoning.ConformityOutcome;
import id.go.okikab.permits.repository.PermitApplicationRepository;
import id.go.okikab.permits.repository.PermitRepository;
import id.go.okikab.permits.repository.PermitTypeRepository;
import id.go.okikab.permits.service.ApplicationCommands.CreateApplication;
import id.go.okikab.permits.service.ApplicationCommands.Transition;
import id.go.okikab.permits.service.ApplicationViews.ApplicationView;
import id.go.okikab.permits.service.ApplicationViews.DocumentView;
import id.go.okikab.permits.service.ApplicationViews.TransitionView;
import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.domain.WorkingCalendar;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.files.FilePolicy;
import id.go.okikab.platform.web.files.FileStore;
import id.go.okikab.platform.web.files.StoredFile;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * Permit applications through the workflow of domain.md §4.3: drafts by citizens (for themselves or
 * a business), submission with required documents, the tax-arrears block and the KKPR check, the
 * officers' steps with the SLA clock, the fee, and issuance.
 */
@ApplicationScoped
public class ApplicationService {

  private final PermitApplicationRepository applications;
  private final PermitTypeRepository types;
  private final PermitRepository permits;
  private final ZoningService zoning;
  private final TaxArrears arrears;
  private final FileStore files;
  private final ReadAudit readAudit;
  private final Outbox outbox;
  private final EntityManager em;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ZoneId zone;
  private final ObjectMapper json;

  public ApplicationService(
      PermitApplicationRepository applications,
      PermitTypeRepository types,
      PermitRepository permits,
      ZoningService zoning,
      TaxArrears arrears,
      FileStore files,
      ReadAudit readAudit,
      Outbox outbox,
      EntityManager em,
      WorkingCalendar calendar,
      Clock clock,
      ZoneId zone,
      ObjectMapper json) {
    this.applications = applications;
    this.types = types;
    this.permits = permits;
    this.zoning = zoning;
    this.arrears = arrears;
    this.files = files;
    this.readAudit = readAudit;
    this.outbox = outbox;
    this.em = em;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = zone;
    this.json = json;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  /**
   * A new draft by the calling citizen.
   *
   * @throws ForbiddenProblem when the caller has no NIK claim
   * @throws DomainRuleViolation {@code permit-type-unknown}, {@code nib-required}, {@code
   *     kbli-required}, {@code desa-outside-oki}, the location rules
   */
  @Transactional
  public Versioned<ApplicationView> create(CreateApplication request, CallerIdentity caller) {
    String ownerRef =
        caller
            .subjectRef()
            .orElseThrow(
                () -> new ForbiddenProblem("Only a citizen signed in with a NIK may apply."));
    PermitType type =
        types
            .findByIdOptional(request.permitType())
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "permit-type-unknown",
                        "There is no permit type " + request.permitType() + " in the catalogue.",
                        "permitType"));
    List<String> kbli =
        request.kbli() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.kbli()));
    if (type.business() && request.nib() == null) {
      throw new DomainRuleViolation(
          "nib-required", "A business permit is applied for by a business with its NIB.", "nib");
    }
    if (type.business() && kbli.isEmpty()) {
      throw new DomainRuleViolation(
          "kbli-required", "A business permit names the KBLI lines it covers.", "kbli");
    }
    kbli.forEach(k -> Identifiers.requireKbli(k, "kbli"));
    if (request.desaCode() != null) {
      OkiDesaCodes.requireKnown(request.desaCode(), "desaCode");
    }
    String location = null;
    if (request.location() != null && !request.location().isNull()) {
      ZoningService.location(request.location(), "location");
      location = request.location().toString();
    }
    PermitApplication a =
        PermitApplication.draft(
            type,
            ownerRef,
            request.nib(),
            request.holderName().strip(),
            kbli,
            request.businessScale(),
            location,
            request.desaCode(),
            request.floorAreaM2(),
            now());
    applications.persist(a);
    applications.flush();
    return new Versioned<>(view(a), a.version);
  }

  /** The caller's own applications (as applicant or as agent of a business), newest first. */
  @Transactional
  public Page<ApplicationView> mine(CallerIdentity caller, PageRequest paging) {
    String ref =
        caller.subjectRef().orElseThrow(() -> new ForbiddenProblem("No NIK in the token."));
    return Pages.of(
        applications.find("ownerRef", Sort.descending("createdAt").and("id"), ref),
        paging,
        this::view);
  }

  /** Officers' list, filtered. */
  @Transactional
  public Page<ApplicationView> list(
      ApplicationStatus status, String permitType, String nib, PageRequest paging) {
    StringBuilder q = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (status != null) {
      q.append(" and status = :status");
      p.and("status", status);
    }
    if (permitType != null) {
      q.append(" and permitType = :type");
      p.and("type", permitType);
    }
    if (nib != null) {
      q.append(" and nib = :nib");
      p.and("nib", nib);
    }
    return Pages.of(
        applications.find(q.toString(), Sort.descending("createdAt").and("id"), p),
        paging,
        this::view);
  }

  /** The officers' work queue: applications awaiting the office, least SLA time left first. */
  @Transactional
  public Page<ApplicationView> queue(PageRequest paging) {
    return Pages.of(
        applications.find(
            "slaDueOn is not null", Sort.ascending("slaDueOn").and("submittedAt").and("id")),
        paging,
        this::view);
  }

  /** One application for its owner or a reader role (officers' reads are audited). */
  @Transactional
  public Versioned<ApplicationView> get(UUID id, CallerIdentity caller) {
    PermitApplication a = readable(id, caller);
    return new Versioned<>(view(a), a.version);
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<TransitionView> history(UUID id, CallerIdentity caller) {
    readable(id, caller);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT action, from_status, to_status, actor, reason, sla_used, occurred_at"
                    + " FROM application_transition WHERE application_id = ?1 ORDER BY id")
            .setParameter(1, id)
            .getResultList();
    List<TransitionView> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new TransitionView(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              ((Number) r[5]).intValue(),
              ZoningService.time(r[6])));
    }
    return out;
  }

  private PermitApplication readable(UUID id, CallerIdentity caller) {
    PermitApplication a = find(id);
    caller.requireSubjectOrAnyRoleElseNotFound(
        a.ownerRef, "permit application", id, Access.OFFICER, Access.OPERATOR, Access.ADMIN);
    if (!caller.isSubject(a.ownerRef)) {
      readAudit.record(Access.APPLICATION_RECORD, id.toString(), a.ownerRef, "permit-review");
    }
    return a;
  }

  private PermitApplication find(UUID id) {
    return applications
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundProblem("permit application", id));
  }

  /** Documents may be added while the file is with the applicant. */
  @Transactional
  public DocumentView addDocument(
      UUID id, String purpose, String fileName, byte[] content, CallerIdentity caller) {
    PermitApplication a = find(id);
    caller.requireSubjectOrAnyRoleElseNotFound(a.ownerRef, "permit application", id);
    if (a.status != ApplicationStatus.DRAFT && !a.status.withApplicant()) {
      throw new ConflictProblem(
          "The application is "
              + a.status
              + "; documents are added in DRAFT, INCOMPLETE or"
              + " REVISION_REQUESTED.");
    }
    if (purpose == null || !purpose.matches("[A-Z][A-Z0-9_]{1,39}")) {
      throw new ValidationProblem("purpose", "must be a document code like SITE_PLAN");
    }
    StoredFile f =
        files.store(
            Access.DOCUMENT_OWNER,
            id.toString(),
            purpose,
            "file",
            fileName,
            content,
            FilePolicy.DOCUMENTS);
    return document(f);
  }

  @Transactional
  public List<DocumentView> documents(UUID id, CallerIdentity caller) {
    readable(id, caller);
    return files.of(Access.DOCUMENT_OWNER, id.toString()).stream()
        .map(ApplicationService::document)
        .toList();
  }

  private static DocumentView document(StoredFile f) {
    return new DocumentView(
        f.id().toString(),
        f.purpose(),
        f.fileName(),
        f.contentType(),
        f.sizeBytes(),
        f.sha256(),
        f.createdAt());
  }

  /** Assigns the application to an officer. */
  @Transactional
  public Versioned<ApplicationView> assign(UUID id, String ifMatch, String assignee) {
    PermitApplication a = find(id);
    Preconditions.requireIfMatch(ifMatch, a.version);
    if (!a.status.awaitingDecision() && !a.status.withApplicant()) {
      throw new ConflictProblem("The application is " + a.status + "; it is not under review.");
    }
    a.assignedTo = assignee;
    a.updatedAt = now();
    applications.flush();
    return new Versioned<>(view(a), a.version);
  }

  /**
   * One step of the workflow.
   *
   * @throws ForbiddenProblem when the caller may not take this step
   * @throws ConflictProblem (409) naming the current status when the step is illegal in it
   */
  @Transactional
  public Versioned<ApplicationView> transition(
      UUID id, String ifMatch, Transition request, CallerIdentity caller) {
    PermitApplication a = find(id);
    ApplicationAction action = request.action();
    if (action == ApplicationAction.RECORD_PAYMENT) {
      throw new ValidationProblem("action", "payments are notified by the bank");
    }
    if (action.byApplicant()) {
      caller.requireSubjectOrAnyRoleElseNotFound(a.ownerRef, "permit application", id);
    } else if (!caller.hasRole(Access.OFFICER)) {
      if (caller.isSubject(a.ownerRef)) {
        throw new ForbiddenProblem("This step is taken by a DPMPTSP officer.");
      }
      throw new NotFoundProblem("permit application", id);
    }
    Preconditions.requireIfMatch(ifMatch, a.version);
    if (action.needsReason() && (request.reason() == null || request.reason().isBlank())) {
      throw new ValidationProblem("reason", "must say why (" + action + ")");
    }
    PermitType type = types.findById(a.permitType);
    if (action.from(a.status).isEmpty()) {
      throw new ConflictProblem(
          "The application is " + a.status + "; " + action + " is not possible now.");
    }
    switch (action) {
      case SUBMIT, RESUBMIT -> beforeSubmission(a, type, action == ApplicationAction.SUBMIT);
      case ISSUE -> arrears.requireNone(a);
      default -> {}
    }
    ApplicationStatus from = a.status;
    Long fee = null;
    if (action == ApplicationAction.ASSESS_FEE) {
      fee = fee(a, type, request);
    }
    a.apply(action, now(), today(), calendar).ifPresent(outbox::publish);
    record(a, action, from, caller.actorId(), request.reason());
    if (action == ApplicationAction.ASSESS_FEE) {
      a.feeAmount = fee;
      if (fee == 0) {
        ApplicationStatus assessed = a.status;
        a.apply(ApplicationAction.RECORD_PAYMENT, now(), today(), calendar);
        record(a, ApplicationAction.RECORD_PAYMENT, assessed, caller.actorId(), "no fee");
      } else {
        long serial =
            ((Number) em.createNativeQuery("SELECT nextval('billing_serial')").getSingleResult())
                .longValue();
        a.billingCode = BillingCodes.of(serial);
      }
    }
    if (action == ApplicationAction.ISSUE) {
      issue(a, type);
    }
    applications.flush();
    return new Versioned<>(view(a), a.version);
  }

  private long fee(PermitApplication a, PermitType type, Transition request) {
    if (type.feeRule != PermitType.FeeRule.PBG) {
      return type.fee(null, null, null);
    }
    if (a.floorAreaM2 == null) {
      throw new DomainRuleViolation(
          "floor-area-required", "The PBG retribution needs the floor area.", "floorAreaM2");
    }
    if (request.integratedIndex() == null) {
      throw new ValidationProblem("integratedIndex", "is required for the PBG retribution (It)");
    }
    return type.fee(
        a.floorAreaM2,
        request.integratedIndex(),
        request.builtStateIndex() == null ? java.math.BigDecimal.ONE : request.builtStateIndex());
  }

  /** Documents, tax arrears and (on first submission) KKPR. */
  private void beforeSubmission(PermitApplication a, PermitType type, boolean first) {
    Set<String> present = new HashSet<>();
    files.of(Access.DOCUMENT_OWNER, a.id.toString()).forEach(f -> present.add(f.purpose()));
    List<String> missing =
        type.requiredDocumentList().stream().filter(d -> !present.contains(d)).toList();
    if (!missing.isEmpty()) {
      throw new DomainRuleViolation(
          "documents-missing",
          "Required documents are missing: " + String.join(", ", missing),
          "documents");
    }
    arrears.requireNone(a);
    if (first && type.locationBound) {
      kkpr(a);
    }
  }

  private void kkpr(PermitApplication a) {
    if (a.location == null) {
      throw new DomainRuleViolation(
          "location-required", "A location-bound permit needs the location (GeoJSON).", "location");
    }
    if (a.kbliList().isEmpty()) {
      throw new DomainRuleViolation(
          "kbli-required",
          "The KKPR check needs the activity of the location as a KBLI code.",
          "kbli");
    }
    Geometry location;
    try {
      location = ZoningService.location(json.readTree(a.location), "location");
    } catch (IOException e) {
      throw new IllegalStateException("stored location unreadable", e);
    }
    ConformityOutcome overall = ConformityOutcome.CONFORM;
    Set<String> conditions = new LinkedHashSet<>();
    Set<String> layers = new LinkedHashSet<>();
    for (String kbli : a.kbliList()) {
      ZoningService.ConformityView result = zoning.conformity(location, kbli, "kbli");
      layers.addAll(result.layers());
      conditions.addAll(result.conditions());
      if (result.outcome().ordinal() > overall.ordinal()) {
        overall = result.outcome();
      }
    }
    if (overall == ConformityOutcome.NOT_CONFORM) {
      throw new DomainRuleViolation(
          "kkpr-not-conform",
          "The activity does not conform to the spatial plan at this location (KKPR).",
          "location");
    }
    a.kkprResult = overall.name();
    a.kkprLayers = String.join(",", layers);
    a.kkprConditions = conditions.isEmpty() ? null : String.join("; ", conditions);
  }

  private void issue(PermitApplication a, PermitType type) {
    long serial =
        ((Number) em.createNativeQuery("SELECT nextval('permit_serial')").getSingleResult())
            .longValue();
    String risk = type.riskLevel;
    if (type.business() && a.businessScale != null && !a.kbliList().isEmpty()) {
      @SuppressWarnings("unchecked")
      List<String> levels =
          em.createNativeQuery(
                  "SELECT risk_level FROM business_risk WHERE kbli = ?1 AND scale = ?2")
              .setParameter(1, a.kbliList().get(0))
              .setParameter(2, a.businessScale)
              .getResultList();
      if (!levels.isEmpty()) {
        risk = levels.get(0);
      }
    }
    Permit p =
        Permit.issue(
            a,
            type,
            Permit.number(type.code, today().getYear(), serial),
            VerificationCodes.next(),
            risk,
            now(),
            today());
    permits.persist(p);
    outbox.publish(p.issued());
  }

  /** Writes the history row of a step. */
  void record(
      PermitApplication a,
      ApplicationAction action,
      ApplicationStatus from,
      String actor,
      String reason) {
    em.createNativeQuery(
            "INSERT INTO application_transition (application_id, action, from_status, to_status,"
                + " actor, reason, sla_used, occurred_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, a.id)
        .setParameter(2, action.name())
        .setParameter(3, from.name())
        .setParameter(4, a.status.name())
        .setParameter(5, actor)
        .setParameter(6, reason)
        .setParameter(7, a.clock().used(calendar, today()))
        .setParameter(8, now())
        .executeUpdate();
  }

  ApplicationView view(PermitApplication a) {
    JsonNode location = null;
    if (a.location != null) {
      try {
        location = json.readTree(a.location);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    String permitId =
        a.status == ApplicationStatus.ISSUED
            ? permits
                .find("applicationId", a.id)
                .firstResultOptional()
                .map(p -> p.id.toString())
                .orElse(null)
            : null;
    return new ApplicationView(
        a.id.toString(),
        a.permitType,
        a.status.name(),
        a.applicantKind,
        a.nib,
        a.holderName,
        a.kbliList(),
        a.businessScale,
        location,
        a.desaCode,
        a.kecamatanCode,
        a.kkprResult,
        a.kkprLayers,
        a.kkprConditions,
        a.floorAreaM2,
        a.slaWorkingDays,
        a.remainingWorkingDays(calendar, today()),
        a.slaDueOn,
        a.slaBreachedAt != null,
        a.deemedApproved,
        a.assignedTo,
        a.feeAmount,
        a.billingCode,
        a.feePaidAt,
        a.submittedAt,
        a.decidedAt,
        a.decisionWorkingDays,
        a.withinSla,
        permitId,
        a.createdAt);
  }
}

package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.Registration.Declarant;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Registration.Transition;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import id.go.okikab.civilregistry.service.RegistrationViews.RegistrationSummary;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * The registration workflow, once for every kind ({@link RegistrationKind}: births, deaths):
 * declared (SUBMITTED) by a citizen or an officer, completed or corrected (DRAFT, NEEDS_FIX →
 * SUBMITTED, If-Match), verified, sent back for a fix, approved, registered or rejected by an
 * officer. Each step loads the registration (404), needs the If-Match of the version read (428,
 * 412), lets the aggregate make the transition (409 when the state does not allow it), stores it in
 * the history with who acted ({@link CallerIdentity#actorId()}) and publishes
 * RegistrationStatusChanged; the answer carries the new version (the ETag). Citizens follow the
 * registrations they declared, that concern them or their family; others get a 404.
 */
@ApplicationScoped
public class RegistrationWorkflow {

  private final RegistrationHistory history;
  private final Access access;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final EntityManager entityManager;
  private final Clock clock;

  public RegistrationWorkflow(
      RegistrationHistory history,
      Access access,
      CallerIdentity caller,
      ReadAudit readAudit,
      EntityManager entityManager,
      Clock clock) {
    this.history = history;
    this.access = access;
    this.caller = caller;
    this.readAudit = readAudit;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** A citizen (their permission is the kind's) or an officer declares: SUBMITTED. */
  @Transactional
  public <R extends Registration, C, V> V declare(RegistrationKind<R, C, V> kind, C declaration) {
    Declarant declarant =
        access.isOfficer()
            ? Declarant.officer()
            : Declarant.citizen(access.citizenRef().orElse(null));
    Instant now = clock.instant();
    Opened<R> opened = kind.declare(declaration, declarant, now);
    kind.repository().persist(opened.registration());
    history.record(opened.registration(), opened.transition(), caller.actorId(), now);
    return kind.view(opened.registration());
  }

  /** Completes a DRAFT or corrects a NEEDS_FIX with the full declaration again: SUBMITTED. */
  @Transactional
  public <R extends Registration, C, V> V submit(
      RegistrationKind<R, C, V> kind, UUID id, String ifMatch, C declaration) {
    R registration = find(kind, id);
    if (!access.isOfficer()) {
      String citizen = requireCitizenMayFollow(kind, registration);
      kind.citizenAmends(registration, declaration, citizen);
    }
    Preconditions.requireIfMatch(ifMatch, registration.version);
    registration.requireCanMoveTo(RegistrationStatus.SUBMITTED);
    kind.amend(registration, declaration);
    return step(kind, registration, registration::submit);
  }

  /** SUBMITTED → VERIFYING: an officer checks the documents. */
  @Transactional
  public <R extends Registration, V> V startVerification(
      RegistrationKind<R, ?, V> kind, UUID id, String ifMatch) {
    R registration = find(kind, id, ifMatch);
    return step(kind, registration, registration::startVerification);
  }

  /** VERIFYING → NEEDS_FIX: the declarant must correct what {@code reason} says. */
  @Transactional
  public <R extends Registration, V> V requestFix(
      RegistrationKind<R, ?, V> kind, UUID id, String ifMatch, String reason) {
    R registration = find(kind, id, ifMatch);
    return step(kind, registration, now -> registration.requestFix(reason.trim(), now));
  }

  /** VERIFYING → APPROVED, after the kind's checks. */
  @Transactional
  public <R extends Registration, V> V approve(
      RegistrationKind<R, ?, V> kind, UUID id, String ifMatch, Approval approval) {
    R registration = find(kind, id, ifMatch);
    registration.requireCanMoveTo(RegistrationStatus.APPROVED);
    kind.checkApproval(registration, approval);
    return step(kind, registration, registration::approve);
  }

  /** APPROVED → REGISTERED: the kind's effect, document and event. */
  @Transactional
  public <R extends Registration, V> V register(
      RegistrationKind<R, ?, V> kind, UUID id, String ifMatch) {
    R registration = find(kind, id, ifMatch);
    registration.requireCanMoveTo(RegistrationStatus.REGISTERED);
    return step(kind, registration, now -> kind.register(registration, now));
  }

  /** Any open state before APPROVED → REJECTED, with a reason. */
  @Transactional
  public <R extends Registration, V> V reject(
      RegistrationKind<R, ?, V> kind, UUID id, String ifMatch, String reason) {
    R registration = find(kind, id, ifMatch);
    return step(kind, registration, now -> registration.reject(reason.trim(), now));
  }

  /** An officer's read (audited), or a citizen's who may follow the registration (else 404). */
  @Transactional
  public <R extends Registration, V> V read(RegistrationKind<R, ?, V> kind, UUID id) {
    R registration = find(kind, id);
    if (access.isOfficer()) {
      readAudit.record(
          kind.noun().replace(' ', '-'),
          id.toString(),
          kind.auditRef(registration),
          Access.PURPOSE);
    } else {
      requireCitizenMayFollow(kind, registration);
    }
    return kind.view(registration);
  }

  /** Officers: every registration (optionally in one state); citizens: those they may follow. */
  @Transactional
  public <R extends Registration> Page<RegistrationSummary> list(
      RegistrationKind<R, ?, ?> kind, RegistrationStatus status, PageRequest paging) {
    Sort order = Sort.by("createdAt").and("id");
    if (access.isOfficer()) {
      return Pages.of(
          status == null
              ? kind.repository().findAll(order)
              : kind.repository().find("status", order, status),
          paging,
          RegistrationWorkflow::summary);
    }
    String ref = access.requireCitizenRef();
    UUID familyId = access.citizenFamily().map(f -> f.id).orElse(new UUID(0, 0));
    String mine = "(declarantRef = ?1 " + kind.citizenListClause() + " or familyId = ?2)";
    return Pages.of(
        status == null
            ? kind.repository().find(mine, order, ref, familyId)
            : kind.repository().find(mine + " and status = ?3", order, ref, familyId, status),
        paging,
        RegistrationWorkflow::summary);
  }

  /** One transition of a loaded registration: made, stored, published; the new version answered. */
  private <R extends Registration, V> V step(
      RegistrationKind<R, ?, V> kind, R registration, Function<Instant, Transition> transition) {
    Instant now = clock.instant();
    Transition made = transition.apply(now);
    // the version (the answer's ETag) moves at the flush
    entityManager.flush();
    history.record(registration, made, caller.actorId(), now);
    return kind.view(registration);
  }

  /** An officer's step on the version read: 404, then 428/412. */
  private <R extends Registration> R find(RegistrationKind<R, ?, ?> kind, UUID id, String ifMatch) {
    R registration = find(kind, id);
    Preconditions.requireIfMatch(ifMatch, registration.version);
    return registration;
  }

  private <R extends Registration> R find(RegistrationKind<R, ?, ?> kind, UUID id) {
    return kind.repository()
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundProblem(kind.noun(), id));
  }

  /**
   * @return the citizen's subjectRef
   * @throws NotFoundProblem when the citizen did not declare it, it does not concern them and it is
   *     not their family's
   */
  private <R extends Registration> String requireCitizenMayFollow(
      RegistrationKind<R, ?, ?> kind, R registration) {
    String ref = access.requireCitizenRef();
    boolean mine =
        ref.equals(registration.declarantRef)
            || kind.concerns(registration, ref)
            || access.citizenBelongsTo(registration.familyId);
    if (!mine) {
      throw new NotFoundProblem(kind.noun(), registration.id);
    }
    return ref;
  }

  static RegistrationSummary summary(Registration registration) {
    return new RegistrationSummary(
        registration.id,
        registration.kind().name(),
        registration.status,
        registration.channel,
        registration.late,
        registration.familyId,
        registration.eventDate(),
        registration.reportedAt);
  }
}

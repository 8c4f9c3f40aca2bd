package id.go.okikab.permits.service;

import id.go.okikab.permits.domain.Permit;
import id.go.okikab.permits.repository.PermitRepository;
import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Issued permits: the holder's and officers' reads, public verification, status changes. */
@ApplicationScoped
public class PermitService {

  private final PermitRepository permits;
  private final ReadAudit readAudit;
  private final Outbox outbox;
  private final Clock clock;

  public PermitService(PermitRepository permits, ReadAudit readAudit, Outbox outbox, Clock clock) {
    this.permits = permits;
    this.readAudit = readAudit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A permit as its holder and the officers see it. */
  public record PermitView(
      String id,
      String applicationId,
      String permitNumber,
      String verificationCode,
      String permitType,
      String status,
      String applicantKind,
      String nib,
      String holderName,
      List<String> kbli,
      String riskLevel,
      String desaCode,
      LocalDate validFrom,
      LocalDate validUntil,
      OffsetDateTime issuedAt,
      String statusReason,
      OffsetDateTime statusChangedAt) {}

  /** What anyone may learn from a verification code (no login). */
  public record Verification(
      String permitNumber,
      String permitType,
      String holder,
      String status,
      LocalDate validFrom,
      LocalDate validUntil) {}

  /** A status change with its reason. */
  public record StatusChange(
      @NotBlank
          @Pattern(
              regexp = "[A-Z][A-Z0-9_]{1,39}",
              message = "must be a reason code like NON_COMPLIANCE")
          String reasonCode,
      @Size(max = 1000) String note) {}

  @Transactional
  public Page<PermitView> mine(CallerIdentity caller, PageRequest paging) {
    String ref =
        caller.subjectRef().orElseThrow(() -> new ForbiddenProblem("No NIK in the token."));
    return Pages.of(
        permits.find("ownerRef", Sort.descending("issuedAt").and("id"), ref), paging, this::view);
  }

  @Transactional
  public Page<PermitView> list(String nib, PageRequest paging) {
    return nib == null
        ? Pages.of(permits.findAll(Sort.descending("issuedAt").and("id")), paging, this::view)
        : Pages.of(
            permits.find("nib", Sort.descending("issuedAt").and("id"), nib), paging, this::view);
  }

  @Transactional
  public Versioned<PermitView> get(UUID id, CallerIdentity caller) {
    Permit p = find(id);
    caller.requireSubjectOrAnyRoleElseNotFound(
        p.ownerRef, "permit", id, Access.OFFICER, Access.OPERATOR, Access.ADMIN);
    if (!caller.isSubject(p.ownerRef)) {
      readAudit.record(Access.PERMIT_RECORD, id.toString(), p.ownerRef, "permit-review");
    }
    return new Versioned<>(view(p), p.version);
  }

  /** Public verification: type, masked holder (a business by its name), status and validity. */
  @Transactional
  public Verification verify(String typed) {
    String code = VerificationCodes.normalize(typed);
    if (!VerificationCodes.isWellFormed(code)) {
      throw new NotFoundProblem("permit verification code", typed);
    }
    Permit p =
        permits
            .find("verificationCode", code)
            .firstResultOptional()
            .orElseThrow(() -> new NotFoundProblem("permit verification code", typed));
    String holder = "BUSINESS".equals(p.applicantKind) ? p.holderName : Permit.mask(p.holderName);
    return new Verification(
        p.permitNumber, p.permitType, holder, p.status.name(), p.validFrom, p.validUntil);
  }

  @Transactional
  public Versioned<PermitView> suspend(UUID id, String ifMatch, StatusChange change) {
    Permit p = find(id);
    Preconditions.requireIfMatch(ifMatch, p.version);
    outbox.publish(p.suspend(change.reasonCode(), OffsetDateTime.now(clock)));
    permits.flush();
    return new Versioned<>(view(p), p.version);
  }

  @Transactional
  public Versioned<PermitView> reinstate(UUID id, String ifMatch, StatusChange change) {
    Permit p = find(id);
    Preconditions.requireIfMatch(ifMatch, p.version);
    p.reinstate(change.reasonCode(), OffsetDateTime.now(clock));
    permits.flush();
    return new Versioned<>(view(p), p.version);
  }

  @Transactional
  public Versioned<PermitView> revoke(UUID id, String ifMatch, StatusChange change) {
    Permit p = find(id);
    Preconditions.requireIfMatch(ifMatch, p.version);
    outbox.publish(p.revoke(change.reasonCode(), OffsetDateTime.now(clock)));
    permits.flush();
    return new Versioned<>(view(p), p.version);
  }

  private Permit find(UUID id) {
    return permits.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("permit", id));
  }

  PermitView view(Permit p) {
    return new PermitView(
        p.id.toString(),
        p.applicationId.toString(),
        p.permitNumber,
        p.verificationCode,
        p.permitType,
        p.status.name(),
        p.applicantKind,
        p.nib,
        p.holderName,
        p.kbliList(),
        p.riskLevel,
        p.desaCode,
        p.validFrom,
        p.validUntil,
        p.issuedAt,
        p.statusReason,
        p.statusChangedAt);
  }
}

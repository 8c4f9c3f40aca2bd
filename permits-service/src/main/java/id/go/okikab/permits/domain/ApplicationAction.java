package id.go.okikab.permits.domain;

import static id.go.okikab.permits.domain.ApplicationStatus.APPROVED_TECHNICAL;
import static id.go.okikab.permits.domain.ApplicationStatus.DRAFT;
import static id.go.okikab.permits.domain.ApplicationStatus.FEE_ASSESSED;
import static id.go.okikab.permits.domain.ApplicationStatus.FEE_PAID;
import static id.go.okikab.permits.domain.ApplicationStatus.INCOMPLETE;
import static id.go.okikab.permits.domain.ApplicationStatus.ISSUED;
import static id.go.okikab.permits.domain.ApplicationStatus.REJECTED;
import static id.go.okikab.permits.domain.ApplicationStatus.RESUBMITTED;
import static id.go.okikab.permits.domain.ApplicationStatus.REVISION_REQUESTED;
import static id.go.okikab.permits.domain.ApplicationStatus.SUBMITTED;
import static id.go.okikab.permits.domain.ApplicationStatus.TECHNICAL_VERIFICATION;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of the workflow, each legal from some statuses only (domain.md §4.3). Who may take a
 * step is the service's concern ({@link #byApplicant()}); where it leads is here.
 */
public enum ApplicationAction {
  SUBMIT(true, Map.of(DRAFT, SUBMITTED)),
  MARK_COMPLETE(false, Map.of(SUBMITTED, TECHNICAL_VERIFICATION)),
  MARK_INCOMPLETE(false, Map.of(SUBMITTED, INCOMPLETE)),
  RESUBMIT(true, Map.of(INCOMPLETE, SUBMITTED, REVISION_REQUESTED, RESUBMITTED)),
  REQUEST_REVISION(
      false, Map.of(TECHNICAL_VERIFICATION, REVISION_REQUESTED, RESUBMITTED, REVISION_REQUESTED)),
  APPROVE(
      false, Map.of(TECHNICAL_VERIFICATION, APPROVED_TECHNICAL, RESUBMITTED, APPROVED_TECHNICAL)),
  REJECT(
      false, Map.of(SUBMITTED, REJECTED, TECHNICAL_VERIFICATION, REJECTED, RESUBMITTED, REJECTED)),
  ASSESS_FEE(false, Map.of(APPROVED_TECHNICAL, FEE_ASSESSED)),
  /** The bank's payment notification (not an endpoint action). */
  RECORD_PAYMENT(false, Map.of(FEE_ASSESSED, FEE_PAID)),
  ISSUE(false, Map.of(FEE_PAID, ISSUED));

  private final boolean byApplicant;
  private final Map<ApplicationStatus, ApplicationStatus> moves;

  ApplicationAction(boolean byApplicant, Map<ApplicationStatus, ApplicationStatus> moves) {
    this.byApplicant = byApplicant;
    this.moves = new EnumMap<>(moves);
  }

  /** Whether the applicant takes this step (otherwise an officer, or the bank). */
  public boolean byApplicant() {
    return byApplicant;
  }

  /** Where the step leads from {@code from}; empty when it is illegal there. */
  public Optional<ApplicationStatus> from(ApplicationStatus from) {
    return Optional.ofNullable(moves.get(from));
  }

  /** Whether the step needs a reason (it sends the file back or ends it). */
  public boolean needsReason() {
    return this == MARK_INCOMPLETE || this == REQUEST_REVISION || this == REJECT;
  }
}

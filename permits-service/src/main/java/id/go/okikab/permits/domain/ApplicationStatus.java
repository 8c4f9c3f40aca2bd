package id.go.okikab.permits.domain;

/** Where an application is in the DPMPTSP workflow (domain.md §4.3). */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  INCOMPLETE,
  TECHNICAL_VERIFICATION,
  REVISION_REQUESTED,
  RESUBMITTED,
  APPROVED_TECHNICAL,
  FEE_ASSESSED,
  FEE_PAID,
  ISSUED,
  REJECTED;

  /** Whether the file is with the applicant (the SLA clock is paused). */
  public boolean withApplicant() {
    return this == INCOMPLETE || this == REVISION_REQUESTED;
  }

  /** Whether the office is still to decide (the SLA clock runs). */
  public boolean awaitingDecision() {
    return this == SUBMITTED || this == TECHNICAL_VERIFICATION || this == RESUBMITTED;
  }

  /** The SLA stage this status belongs to, for breach reports. */
  public String stage() {
    return this == SUBMITTED ? "COMPLETENESS_CHECK" : "TECHNICAL_VERIFICATION";
  }
}

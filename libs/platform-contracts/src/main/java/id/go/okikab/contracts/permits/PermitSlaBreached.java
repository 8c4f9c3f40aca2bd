package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/**
 * An application ran past the SLA of its stage (once per breach); for OSS permits it may be deemed
 * approved.
 */
public record PermitSlaBreached(
    @Doc("the application (aggregate id, record key)") String applicationId,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the applicant's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the applicant's NIB when a business", optional = true) String nib,
    @Doc("the stage whose SLA ran out") String stage,
    @Doc("the SLA of the stage, in working days") int slaWorkingDays,
    @Doc("whether the permit is now deemed approved (fiktif positif, PP 28/2025)")
        boolean deemedApproved,
    @Doc("when the breach was found") OffsetDateTime breachedAt)
    implements ApplicationEvent {

  @Override
  public String aggregateId() {
    return applicationId;
  }
}

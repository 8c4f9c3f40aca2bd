package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** An application was rejected (terminal), with its working days to decision. */
public record PermitRejected(
    @Doc("the application (aggregate id, record key)") String applicationId,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the applicant's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the applicant's NIB when a business", optional = true) String nib,
    @Doc("working days the office took, pauses excluded") int workingDays,
    @Doc("whether it was decided within the SLA") boolean withinSla,
    @Doc("when it was rejected") OffsetDateTime rejectedAt)
    implements ApplicationEvent {

  @Override
  public String aggregateId() {
    return applicationId;
  }
}

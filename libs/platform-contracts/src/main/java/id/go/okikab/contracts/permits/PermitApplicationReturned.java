package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/**
 * An application went back to the applicant (incomplete, or a revision requested); its SLA clock
 * pauses.
 */
public record PermitApplicationReturned(
    @Doc("the application (aggregate id, record key)") String applicationId,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the applicant's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the applicant's NIB when a business", optional = true) String nib,
    @Doc("COMPLETENESS_CHECK or TECHNICAL_VERIFICATION") String stage,
    @Doc("when it was returned") OffsetDateTime returnedAt)
    implements ApplicationEvent {

  @Override
  public String aggregateId() {
    return applicationId;
  }
}

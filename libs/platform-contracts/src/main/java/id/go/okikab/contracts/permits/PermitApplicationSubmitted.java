package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;
import java.util.List;

/** An application was submitted (with its KKPR result where the permit is location-bound). */
public record PermitApplicationSubmitted(
    @Doc("the application (aggregate id, record key)") String applicationId,
    @Doc("the permit type code of the catalogue") String permitType,
    @Doc("PERSON or BUSINESS") String applicantKind,
    @Doc(value = "the applicant's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the applicant's NIB when a business (13 digits)", optional = true) String nib,
    @Doc("KBLI codes (5 digits) of a business permit; empty otherwise") List<String> kbli,
    @Doc(value = "CONFORM or CONFORM_WITH_CONDITIONS for a location-bound permit", optional = true)
        String kkprResult,
    @Doc(value = "Kemendagri code of the location's desa (10 digits)", optional = true)
        String desaCode,
    @Doc("when it was submitted") OffsetDateTime submittedAt)
    implements ApplicationEvent {

  public PermitApplicationSubmitted {
    kbli = kbli == null ? List.of() : List.copyOf(kbli);
  }

  @Override
  public String aggregateId() {
    return applicationId;
  }
}

package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A permit was issued with its number and verification code; business permits carry the NIB and
 * KBLI lines.
 */
public record PermitIssued(
    @Doc("the permit (aggregate id, record key)") String permitId,
    @Doc("the application it came from") String applicationId,
    @Doc("the permit number") String permitNumber,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the holder's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the holder's NIB when a business (13 digits)", optional = true) String nib,
    @Doc("KBLI codes (5 digits) the permit covers; empty for non-business permits")
        List<String> kbli,
    @Doc(
            value = "RENDAH, MENENGAH_RENDAH, MENENGAH_TINGGI or TINGGI for business permits",
            optional = true)
        String riskLevel,
    @Doc("first day of validity") LocalDate validFrom,
    @Doc(value = "last day of validity (none for open-ended permits)", optional = true)
        LocalDate validUntil,
    @Doc(value = "Kemendagri code of the location's desa (10 digits)", optional = true)
        String desaCode,
    @Doc("when it was issued") OffsetDateTime issuedAt)
    implements PermitEvent {

  public PermitIssued {
    kbli = kbli == null ? List.of() : List.copyOf(kbli);
  }

  @Override
  public String aggregateId() {
    return permitId;
  }
}

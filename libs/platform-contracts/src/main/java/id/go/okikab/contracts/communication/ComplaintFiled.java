package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A complaint was filed and got its ticket code. */
public record ComplaintFiled(
    @Doc("the complaint (aggregate id, record key)") String complaintId,
    @Doc("the public ticket code") String ticketCode,
    @Doc("its category code") String category,
    @Doc("OPEN, ANONYMOUS or CONFIDENTIAL") String visibility,
    @Doc(value = "the reporter's subjectRef (absent for anonymous reports)", optional = true)
        String reporterRef,
    @Doc(value = "Kemendagri code of the desa it is about (10 digits)", optional = true)
        String desaCode,
    @Doc("when it was filed") OffsetDateTime filedAt)
    implements ComplaintEvent {

  @Override
  public String aggregateId() {
    return complaintId;
  }
}

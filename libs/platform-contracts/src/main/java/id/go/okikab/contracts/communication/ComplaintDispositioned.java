package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** An operator verified a complaint and dispositioned it to the responsible agency. */
public record ComplaintDispositioned(
    @Doc("the complaint (aggregate id, record key)") String complaintId,
    @Doc("the public ticket code") String ticketCode,
    @Doc("its category code") String category,
    @Doc("the agency code it went to (e.g. DISDUKCAPIL, DINKES, BAPENDA, DPMPTSP, DISKOPUKM)")
        String agency,
    @Doc(value = "the reporter's subjectRef", optional = true) String reporterRef,
    @Doc("when") OffsetDateTime dispositionedAt)
    implements ComplaintEvent {

  @Override
  public String aggregateId() {
    return complaintId;
  }
}

package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A complaint ran past the SLA of its stage (once per stage). */
public record ComplaintSlaBreached(
    @Doc("the complaint (aggregate id, record key)") String complaintId,
    @Doc("the public ticket code") String ticketCode,
    @Doc(value = "the agency responsible at the time", optional = true) String agency,
    @Doc("VERIFICATION, FIRST_RESPONSE or RESOLUTION") String stage,
    @Doc("when the breach was found") OffsetDateTime breachedAt)
    implements ComplaintEvent {

  @Override
  public String aggregateId() {
    return complaintId;
  }
}

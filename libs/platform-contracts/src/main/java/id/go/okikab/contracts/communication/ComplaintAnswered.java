package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** The agency answered a complaint. */
public record ComplaintAnswered(
    @Doc("the complaint (aggregate id, record key)") String complaintId,
    @Doc("the public ticket code") String ticketCode,
    @Doc("the agency that answered") String agency,
    @Doc(value = "the reporter's subjectRef", optional = true) String reporterRef,
    @Doc("whether the first response came within its SLA") boolean withinSla,
    @Doc("when") OffsetDateTime answeredAt)
    implements ComplaintEvent {

  @Override
  public String aggregateId() {
    return complaintId;
  }
}

package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A complaint was closed, with its resolution and the reporter's rating if given. */
public record ComplaintClosed(
    @Doc("the complaint (aggregate id, record key)") String complaintId,
    @Doc("the public ticket code") String ticketCode,
    @Doc("its category code") String category,
    @Doc(value = "the agency that handled it", optional = true) String agency,
    @Doc("RESOLVED, REJECTED or WITHDRAWN") String resolution,
    @Doc(value = "the reporter's rating 1–5, as text", optional = true) String rating,
    @Doc(value = "the reporter's subjectRef", optional = true) String reporterRef,
    @Doc("working days from filing to closing") int workingDays,
    @Doc("when") OffsetDateTime closedAt)
    implements ComplaintEvent {

  @Override
  public String aggregateId() {
    return complaintId;
  }
}

package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A taxpayer without overdue bills received a tax clearance (keterangan bebas tunggakan). */
public record TaxClearanceIssued(
    @Doc("the clearance (aggregate id, record key)") String clearanceId,
    @Doc("the taxpayer") String taxpayerId,
    @Doc(value = "the taxpayer's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the taxpayer's NIB when a business", optional = true) String nib,
    @Doc("the last day it is valid") LocalDate validUntil,
    @Doc("when it was issued") OffsetDateTime issuedAt)
    implements ClearanceEvent {

  @Override
  public String aggregateId() {
    return clearanceId;
  }
}

package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/** A bill passed its due date unpaid (published once per bill); an STPD follows. */
public record BillOverdue(
    @Doc("the bill (aggregate id, record key)") String billId,
    @Doc("the billing code") String billingCode,
    @Doc("the taxpayer") String taxpayerId,
    @Doc(value = "the taxpayer's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the taxpayer's NIB when a business", optional = true) String nib,
    @Doc("the tax type of the bill") String taxType,
    @Doc("principal still unpaid (rupiah)") long outstanding,
    @Doc("the due date that passed") LocalDate dueDate,
    @Doc("the first day it was overdue") LocalDate overdueSince)
    implements BillEvent {

  @Override
  public String aggregateId() {
    return billId;
  }
}

package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A bill was issued with its billing code (an SPPT, a return, a BPHTB declaration or an STPD). */
public record BillIssued(
    @Doc("the bill (aggregate id, record key)") String billId,
    @Doc("the code to pay it with") String billingCode,
    @Doc("the taxpayer who owes it") String taxpayerId,
    @Doc(value = "the taxpayer's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the taxpayer's NIB when a business", optional = true) String nib,
    @Doc(
            "PBB_P2, BPHTB, PBJT_FOOD_BEVERAGE, PBJT_ELECTRICITY, PBJT_HOTEL, PBJT_PARKING, PBJT_ENTERTAINMENT, or STPD (interest)")
        String taxType,
    @Doc("the tax period: a year (2026) or a month (2026-11)") String period,
    @Doc("principal payable (rupiah)") long amount,
    @Doc("the due date printed on the bill") LocalDate dueDate,
    @Doc(
            value =
                "Kemendagri code of the desa/kelurahan the revenue is attributed to (10 digits)",
            optional = true)
        String desaCode,
    @Doc("when it was issued") OffsetDateTime issuedAt)
    implements BillEvent {

  @Override
  public String aggregateId() {
    return billId;
  }
}

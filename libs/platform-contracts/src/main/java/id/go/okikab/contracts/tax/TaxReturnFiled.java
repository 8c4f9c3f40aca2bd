package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A PBJT return or a BPHTB declaration was filed (or amended); its bill follows. */
public record TaxReturnFiled(
    @Doc("the return (aggregate id, record key)") String returnId,
    @Doc("the taxpayer") String taxpayerId,
    @Doc(value = "the taxpayer's NIB when a business", optional = true) String nib,
    @Doc(value = "the taxpayer's subjectRef when a person", optional = true) String subjectRef,
    @Doc("PBJT_* sub-type or BPHTB") String taxType,
    @Doc("the period (2026-11) or, for BPHTB, the acquisition date's month") String period,
    @Doc("the base declared (rupiah)") long taxBase,
    @Doc("the tax computed (rupiah)") long amount,
    @Doc("whether it replaces an earlier return of the period") boolean amended,
    @Doc(value = "the bill issued for it", optional = true) String billId,
    @Doc("when it was filed") OffsetDateTime filedAt)
    implements TaxReturnEvent {

  @Override
  public String aggregateId() {
    return returnId;
  }
}

package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A PBB-P2 assessment (SPPT) was issued for a tax object and year; its bill follows. */
public record AssessmentIssued(
    @Doc("the assessment (aggregate id, record key)") String assessmentId,
    @Doc("the taxpayer assessed") String taxpayerId,
    @Doc("the tax object") String taxObjectId,
    @Doc("the object's NOP (18 digits, PBB's own object number; not a personal identifier)")
        String nop,
    @Doc("the tax year") int taxYear,
    @Doc("NJOP of land and building (rupiah)") long njop,
    @Doc("PBB-P2 payable (rupiah)") long amount,
    @Doc("the bill issued for it") String billId,
    @Doc("Kemendagri code of the object's desa/kelurahan (10 digits)") String desaCode,
    @Doc("when it was issued") OffsetDateTime issuedAt)
    implements AssessmentEvent {

  @Override
  public String aggregateId() {
    return assessmentId;
  }
}

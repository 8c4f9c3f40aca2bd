package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A taxpayer was registered and given an NPWPD. */
public record TaxpayerRegistered(
    @Doc("the taxpayer (aggregate id, record key)") String taxpayerId,
    @Doc("the regional taxpayer number issued (opaque, at most 30 characters)") String npwpd,
    @Doc("PERSON or BUSINESS") String kind,
    @Doc(value = "a person's subjectRef (PERSON only)", optional = true) String subjectRef,
    @Doc(value = "a business's NIB, 13 digits (BUSINESS only)", optional = true) String nib,
    @Doc("Kemendagri code of the desa/kelurahan of the tax address (10 digits)") String desaCode,
    @Doc("when it was registered") OffsetDateTime registeredAt)
    implements TaxpayerEvent {

  @Override
  public String aggregateId() {
    return taxpayerId;
  }
}

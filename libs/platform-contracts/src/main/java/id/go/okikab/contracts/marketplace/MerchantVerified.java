package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A shop was verified, by a permit issued for its NIB or by an admin. */
public record MerchantVerified(
    @Doc("the shop (aggregate id, record key)") String merchantId,
    @Doc("the business's NIB") String nib,
    @Doc("the owner's subjectRef") String ownerRef,
    @Doc("PERMIT or ADMIN") String via,
    @Doc(value = "the permit that verified it (PERMIT only)", optional = true) String permitId,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was verified") OffsetDateTime verifiedAt)
    implements MerchantEvent {

  @Override
  public String aggregateId() {
    return merchantId;
  }
}

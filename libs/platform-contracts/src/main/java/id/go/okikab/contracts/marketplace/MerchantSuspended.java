package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A shop was suspended: its permit suspended or revoked, its owner deceased, or by an admin. */
public record MerchantSuspended(
    @Doc("the shop (aggregate id, record key)") String merchantId,
    @Doc("the business's NIB") String nib,
    @Doc("the owner's subjectRef") String ownerRef,
    @Doc("PERMIT_SUSPENDED, PERMIT_REVOKED, OWNER_DECEASED or ADMIN") String cause,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was suspended") OffsetDateTime suspendedAt)
    implements MerchantEvent {

  @Override
  public String aggregateId() {
    return merchantId;
  }
}

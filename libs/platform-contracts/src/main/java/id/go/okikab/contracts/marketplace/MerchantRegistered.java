package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;
import java.util.List;

/** A citizen opened a shop; it sells only once verified. */
public record MerchantRegistered(
    @Doc("the shop (aggregate id, record key)") String merchantId,
    @Doc("the business's NIB (13 digits)") String nib,
    @Doc("the owner's subjectRef") String ownerRef,
    @Doc("MIKRO, KECIL, MENENGAH or BESAR (PP 7/2021)") String msmeClass,
    @Doc("KBLI codes (5 digits) of the business") List<String> kbli,
    @Doc("Kemendagri code of the shop's desa (10 digits)") String desaCode,
    @Doc("when it was registered") OffsetDateTime registeredAt)
    implements MerchantEvent {

  public MerchantRegistered {
    kbli = kbli == null ? List.of() : List.copyOf(kbli);
  }

  @Override
  public String aggregateId() {
    return merchantId;
  }
}

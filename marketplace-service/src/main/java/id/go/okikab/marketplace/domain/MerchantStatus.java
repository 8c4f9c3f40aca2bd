package id.go.okikab.marketplace.domain;

/** A shop's lifecycle: only VERIFIED shops sell. */
public enum MerchantStatus {
  PENDING,
  VERIFIED,
  SUSPENDED,
  CLOSED
}

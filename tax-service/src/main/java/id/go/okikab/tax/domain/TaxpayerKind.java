package id.go.okikab.tax.domain;

/** A person (by NIK) or a business (by NIB). */
public enum TaxpayerKind {
  PERSON,
  BUSINESS
}

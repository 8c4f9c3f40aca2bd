package id.go.okikab.tax.domain;

/** OPEN → OVERDUE (the sweep, after the due date) → PAID; CANCELLED when a return is amended. */
public enum BillStatus {
  OPEN,
  OVERDUE,
  PAID,
  CANCELLED
}

package id.go.okikab.health.domain;

/** Who attended a delivery. */
public enum Attendant {
  DOCTOR,
  MIDWIFE,
  NURSE,
  /** dukun bayi */
  TRADITIONAL_BIRTH_ATTENDANT,
  FAMILY,
  NONE
}

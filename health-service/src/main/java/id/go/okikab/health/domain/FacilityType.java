package id.go.okikab.health.domain;

/** Kinds of health facility. */
public enum FacilityType {
  PUSKESMAS,
  POSYANDU,
  CLINIC,
  HOSPITAL
}

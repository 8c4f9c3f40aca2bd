package id.go.okikab.health.domain;

/** Where a delivery happened. */
public enum DeliveryPlace {
  HEALTH_FACILITY,
  HOME,
  ON_THE_WAY,
  OTHER
}

package id.go.okikab.health.domain;

/** Outcome of a delivery, per baby. */
public enum BirthOutcome {
  LIVE_BIRTH,
  STILLBIRTH
}

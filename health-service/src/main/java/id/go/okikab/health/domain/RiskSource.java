package id.go.okikab.health.domain;

/** Where a KSPR risk factor was recorded. */
public enum RiskSource {
  REGISTRATION,
  ANC_CONTACT,
  OFFICER
}

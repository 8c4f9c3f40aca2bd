package id.go.okikab.civilregistry.domain;

/** Who opened a registration. */
public enum RegistrationChannel {
  /** a citizen, for their own family */
  CITIZEN,
  /** a registry officer */
  OFFICER,
  /** a health.BirthReported event (a delivery recorded by a midwife or facility) */
  HEALTH
}

package id.go.okikab.civilregistry.domain;

/** Whether a resident still lives in OKI. */
public enum ResidentStatus {
  ALIVE,
  DECEASED,
  MOVED_OUT
}

package id.go.okikab.civilregistry.domain;

/** A family card is ACTIVE while it has members; DISSOLVED when its last member left. */
public enum FamilyStatus {
  ACTIVE,
  DISSOLVED
}

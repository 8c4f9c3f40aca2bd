package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a resident record of the civil registry: topic {@code
 * civil-registry.resident.v1}, key = the resident id, so one person's events stay in order.
 */
public sealed interface ResidentEvent extends DomainEvent
    permits ResidentRegistered,
        ResidentCorrected,
        ResidentMovedWithinRegency,
        ResidentMovedOut,
        ResidentMovedIn {

  /** The resident id in the civil registry. */
  String residentId();

  /** The resident's subjectRef (HMAC of the NIK). */
  String subjectRef();

  @Override
  default String aggregateId() {
    return residentId();
  }
}

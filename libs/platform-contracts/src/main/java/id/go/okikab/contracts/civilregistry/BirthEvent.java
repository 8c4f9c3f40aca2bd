package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a registered birth: topic {@code civil-registry.birth.v1}, key = the birth
 * registration id, so that one aggregate's events stay in order.
 */
public sealed interface BirthEvent extends DomainEvent permits BirthRegistered {}

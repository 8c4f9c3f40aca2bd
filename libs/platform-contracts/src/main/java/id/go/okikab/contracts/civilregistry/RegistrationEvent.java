package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a birth or death registration as it moves through its states: topic {@code
 * civil-registry.registration.v1}, key = the registration id, so that one aggregate's events stay
 * in order.
 */
public sealed interface RegistrationEvent extends DomainEvent permits RegistrationStatusChanged {}

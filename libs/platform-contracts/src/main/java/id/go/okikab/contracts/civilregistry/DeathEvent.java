package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a registered death: topic {@code civil-registry.death.v1}, key = the death
 * registration id, so that one aggregate's events stay in order.
 */
public sealed interface DeathEvent extends DomainEvent permits DeathRegistered {}

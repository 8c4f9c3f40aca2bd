package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to an issued permit: topic {@code permits.permit.v1}, key = the permit id, so that
 * one aggregate's events stay in order.
 */
public sealed interface PermitEvent extends DomainEvent
    permits PermitIssued, PermitSuspended, PermitRevoked, PermitExpired {}

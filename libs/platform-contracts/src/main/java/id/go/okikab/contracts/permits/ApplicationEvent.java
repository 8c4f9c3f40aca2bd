package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a permit application: topic {@code permits.application.v1}, key = the application
 * id, so that one aggregate's events stay in order.
 */
public sealed interface ApplicationEvent extends DomainEvent
    permits PermitApplicationSubmitted,
        PermitApplicationReturned,
        PermitApproved,
        PermitRejected,
        PermitSlaBreached {}

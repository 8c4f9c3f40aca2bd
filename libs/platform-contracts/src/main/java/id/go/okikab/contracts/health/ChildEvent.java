package id.go.okikab.contracts.health;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a child followed from birth to five years: immunisation and growth: topic {@code
 * health.child.v1}, key = the child id, so that one aggregate's events stay in order.
 */
public sealed interface ChildEvent extends DomainEvent
    permits ImmunizationGiven,
        ImmunizationOverdue,
        BasicImmunizationCompleted,
        GrowthAssessed,
        GrowthRiskDetected {}

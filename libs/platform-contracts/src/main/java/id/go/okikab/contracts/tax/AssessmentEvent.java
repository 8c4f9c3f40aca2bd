package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to an official assessment (SPPT PBB-P2): topic {@code tax.assessment.v1}, key = the
 * assessment id, so that one aggregate's events stay in order.
 */
public sealed interface AssessmentEvent extends DomainEvent permits AssessmentIssued {}

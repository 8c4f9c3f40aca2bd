package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a tax clearance certificate: topic {@code tax.clearance.v1}, key = the clearance
 * id, so that one aggregate's events stay in order.
 */
public sealed interface ClearanceEvent extends DomainEvent permits TaxClearanceIssued {}

package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a self-assessed return: topic {@code tax.return.v1}, key = the return id, so that
 * one aggregate's events stay in order.
 */
public sealed interface TaxReturnEvent extends DomainEvent permits TaxReturnFiled {}

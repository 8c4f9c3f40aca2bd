package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a regional taxpayer (wajib pajak daerah): topic {@code tax.taxpayer.v1}, key =
 * the taxpayer id, so that one aggregate's events stay in order.
 */
public sealed interface TaxpayerEvent extends DomainEvent permits TaxpayerRegistered {}

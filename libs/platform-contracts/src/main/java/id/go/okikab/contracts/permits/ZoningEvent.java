package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a zoning layer of the spatial plan: topic {@code permits.zoning.v1}, key = the
 * zoning layer id, so that one aggregate's events stay in order.
 */
public sealed interface ZoningEvent extends DomainEvent permits ZoningLayerPublished {}

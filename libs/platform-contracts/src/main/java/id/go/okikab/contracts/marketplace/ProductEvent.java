package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a product: topic {@code marketplace.product.v1}, key = the product id, so that
 * one aggregate's events stay in order.
 */
public sealed interface ProductEvent extends DomainEvent
    permits ProductListed, ProductPriceChanged {}

package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a shop of the marketplace: topic {@code marketplace.merchant.v1}, key = the
 * merchant id, so that one aggregate's events stay in order.
 */
public sealed interface MerchantEvent extends DomainEvent
    permits MerchantRegistered, MerchantVerified, MerchantSuspended {}

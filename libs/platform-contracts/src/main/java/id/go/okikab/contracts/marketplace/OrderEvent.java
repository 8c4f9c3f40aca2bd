package id.go.okikab.contracts.marketplace;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to an order: topic {@code marketplace.order.v1}, key = the order id, so that one
 * aggregate's events stay in order.
 */
public sealed interface OrderEvent extends DomainEvent
    permits OrderPlaced, OrderPaid, OrderShipped, OrderCompleted, OrderCancelled, OrderRefunded {}

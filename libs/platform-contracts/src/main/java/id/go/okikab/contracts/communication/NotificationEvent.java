package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a notification to a citizen: topic {@code communication.notification.v1}, key =
 * the notification id, so that one aggregate's events stay in order.
 */
public sealed interface NotificationEvent extends DomainEvent
    permits NotificationDelivered, NotificationFailed {}

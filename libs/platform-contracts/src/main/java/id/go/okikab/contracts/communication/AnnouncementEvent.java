package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a public announcement: topic {@code communication.announcement.v1}, key = the
 * announcement id, so that one aggregate's events stay in order.
 */
public sealed interface AnnouncementEvent extends DomainEvent permits AnnouncementPublished {}

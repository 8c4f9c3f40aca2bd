package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a public complaint (aduan): topic {@code communication.complaint.v1}, key = the
 * complaint id, so that one aggregate's events stay in order.
 */
public sealed interface ComplaintEvent extends DomainEvent
    permits ComplaintFiled,
        ComplaintDispositioned,
        ComplaintAnswered,
        ComplaintClosed,
        ComplaintSlaBreached {}

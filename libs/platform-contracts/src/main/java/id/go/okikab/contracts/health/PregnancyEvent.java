package id.go.okikab.contracts.health;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a pregnancy followed by a puskesmas (Buku KIA), up to delivery and the postnatal
 * visits: topic {@code health.pregnancy.v1}, key = the pregnancy id, so that one aggregate's events
 * stay in order.
 */
public sealed interface PregnancyEvent extends DomainEvent
    permits PregnancyRegistered,
        AncContactRecorded,
        HighRiskPregnancyFlagged,
        BirthReported,
        PostnatalVisitMissed {}

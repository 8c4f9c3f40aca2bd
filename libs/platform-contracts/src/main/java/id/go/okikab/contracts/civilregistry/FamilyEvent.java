package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.DomainEvent;

/**
 * What happens to a family card (Kartu Keluarga): topic {@code civil-registry.family.v1}, key = the
 * family id, so that one aggregate's events stay in order.
 */
public sealed interface FamilyEvent extends DomainEvent permits FamilyCardIssued {}

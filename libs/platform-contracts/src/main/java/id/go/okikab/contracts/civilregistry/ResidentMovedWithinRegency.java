package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;

/** A resident moved to another address inside Ogan Komering Ilir. */
public record ResidentMovedWithinRegency(
    @Doc("the resident id (aggregate id, record key)") String residentId,
    @Doc("the resident's subjectRef") String subjectRef,
    @Doc("the move record") String moveId,
    @Doc("Kemendagri code of the desa/kelurahan moved from (10 digits)") String fromDesaCode,
    @Doc("Kemendagri code of the desa/kelurahan moved to (10 digits)") String toDesaCode,
    @Doc("the family (card) the resident belongs to after the move") String familyId)
    implements ResidentEvent {}

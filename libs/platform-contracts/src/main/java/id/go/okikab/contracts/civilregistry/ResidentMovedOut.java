package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;

/** A resident moved out of Ogan Komering Ilir (SKPWNI issued); the status is MOVED_OUT. */
public record ResidentMovedOut(
    @Doc("the resident id (aggregate id, record key)") String residentId,
    @Doc("the resident's subjectRef") String subjectRef,
    @Doc("the move record") String moveId,
    @Doc("Kemendagri code of the desa/kelurahan moved from (10 digits)") String fromDesaCode,
    @Doc("Kemendagri code of the destination regency or city (4 digits)")
        String destinationRegencyCode)
    implements ResidentEvent {}

package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;

/** A person moved into Ogan Komering Ilir from another regency, keeping their NIK. */
public record ResidentMovedIn(
    @Doc("the resident id (aggregate id, record key)") String residentId,
    @Doc("the resident's subjectRef") String subjectRef,
    @Doc("the move record") String moveId,
    @Doc("Kemendagri code of the regency or city moved from (4 digits)") String originRegencyCode,
    @Doc("Kemendagri code of the new desa/kelurahan (10 digits)") String desaCode,
    @Doc("the person had lived in OKI before (a MOVED_OUT record became a resident again)")
        boolean returning)
    implements ResidentEvent {}

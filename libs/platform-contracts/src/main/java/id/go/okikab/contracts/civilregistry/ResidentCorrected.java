package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;
import java.util.List;

/** An officer corrected a resident's data with a reason; the old values stay in the registry. */
public record ResidentCorrected(
    @Doc("the resident id (aggregate id, record key)") String residentId,
    @Doc("the resident's subjectRef") String subjectRef,
    @Doc("the correction record in the registry's history") String correctionId,
    @Doc("names of the corrected fields (e.g. birthDate, religion), never their values")
        List<String> correctedFields)
    implements ResidentEvent {}

package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;

/** A birth was registered by Disdukcapil: the child now has a NIK and is on a family card. */
public record BirthRegistered(
    @Doc("the birth registration (aggregate id, record key)") String registrationId,
    @Doc("the child's resident id in the civil registry") String childResidentId,
    @Doc("the child's subjectRef (HMAC of the newly assigned NIK)") String childRef,
    @Doc(value = "the mother's subjectRef, when she is a resident", optional = true)
        String motherRef,
    @Doc(value = "the father's subjectRef, when he is a resident", optional = true)
        String fatherRef,
    @Doc("date of birth") LocalDate birthDate,
    @Doc("the child's sex") Sex sex,
    @Doc("Kemendagri code of the family's desa/kelurahan (10 digits)") String desaCode,
    @Doc("reported more than 60 days after the birth (UU 24/2013 Pasal 27)") boolean late,
    @Doc(
            value =
                "the health-service child record this registration was opened from"
                    + " (health.BirthReported), so health can link it without guessing",
            optional = true)
        String healthChildId)
    implements BirthEvent {

  @Override
  public String aggregateId() {
    return registrationId;
  }
}

package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/** A death was registered by Disdukcapil: the resident is deceased. */
public record DeathRegistered(
    @Doc("the death registration (aggregate id, record key)") String registrationId,
    @Doc("the deceased's resident id in the civil registry") String residentId,
    @Doc("the deceased's subjectRef") String subjectRef,
    @Doc("date of death") LocalDate dateOfDeath,
    @Doc("Kemendagri code of the desa/kelurahan of residence (10 digits)") String desaCode,
    @Doc("reported more than 30 days after the death (UU 24/2013 Pasal 44)") boolean late)
    implements DeathEvent {

  @Override
  public String aggregateId() {
    return registrationId;
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/** A midwife registered a pregnancy (Buku KIA opened). No clinical values. */
public record PregnancyRegistered(
    @Doc("the pregnancy (aggregate id, record key)") String pregnancyId,
    @Doc("the mother's subjectRef") String motherRef,
    @Doc("the health facility that registered it") String facilityCode,
    @Doc("Kemendagri code of the mother's desa/kelurahan (10 digits)") String desaCode,
    @Doc("date of registration (WIB)") LocalDate registeredOn)
    implements PregnancyEvent {

  @Override
  public String aggregateId() {
    return pregnancyId;
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * An antenatal care contact (K1, K2, …) was recorded. Counts and timing only: the measurements of
 * the visit (weight, blood pressure, LiLA, Hb, fundal height, notes) never leave the service.
 */
public record AncContactRecorded(
    @Doc("the pregnancy (aggregate id, record key)") String pregnancyId,
    @Doc("the mother's subjectRef") String motherRef,
    @Doc("the contact's number: 1 for K1, 2 for K2, …") int contactNumber,
    @Doc("trimester of the visit (1–3), from HPHT: weeks 0–12, 13–24, 25+") int trimester,
    @Doc("whether a doctor saw the mother (K1 and K5 should be with a doctor)") boolean withDoctor,
    @Doc("date of the visit (WIB)") LocalDate visitDate,
    @Doc("the health facility of the visit") String facilityCode,
    @Doc(value = "Kemendagri code of the mother's desa/kelurahan (10 digits)", optional = true)
        String desaCode)
    implements PregnancyEvent {

  @Override
  public String aggregateId() {
    return pregnancyId;
  }
}

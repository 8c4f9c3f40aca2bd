package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import id.go.okikab.platform.domain.Sex;
import java.time.OffsetDateTime;

/**
 * A midwife or facility recorded a delivery. It closes the pregnancy; for the civil registry it is
 * the start of a birth declaration (prefilled, completed by the parents or an officer).
 */
public record BirthReported(
    @Doc("the pregnancy (aggregate id, record key)") String pregnancyId,
    @Doc(
            value = "the child's health record, created at delivery (absent for a stillbirth)",
            optional = true)
        String childId,
    @Doc("the mother's subjectRef") String motherRef,
    @Doc("date and time of birth with its offset (WIB, +07:00)") OffsetDateTime bornAt,
    @Doc("live birth or stillbirth") Outcome outcome,
    @Doc("the baby's sex") Sex sex,
    @Doc("birth weight in grams") int weightGrams,
    @Doc("birth length in millimetres") int lengthMillimetres,
    @Doc("the health facility where it happened, or that attended it") String facilityCode,
    @Doc("Kemendagri code of the desa/kelurahan of the birth (10 digits)") String desaCode)
    implements PregnancyEvent {

  /** Outcome of a delivery. */
  public enum Outcome {
    LIVE_BIRTH,
    STILLBIRTH
  }

  @Override
  public String aggregateId() {
    return pregnancyId;
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/** A dose of the national routine immunisation schedule was given to a child. */
public record ImmunizationGiven(
    @Doc("the child's health record (aggregate id, record key)") String childId,
    @Doc(value = "the child's subjectRef, once the birth is registered", optional = true)
        String childRef,
    @Doc(value = "the mother's subjectRef, when known", optional = true) String motherRef,
    @Doc("vaccine code of the schedule, e.g. BCG, OPV, DPT-HB-HIB, MR") String vaccine,
    @Doc("dose number within the vaccine's series (1 for the first)") int doseNo,
    @Doc("date the dose was given (WIB)") LocalDate givenOn,
    @Doc("the health facility that gave it") String facilityCode,
    @Doc("Kemendagri code of the child's desa/kelurahan (10 digits)") String desaCode)
    implements ChildEvent {

  @Override
  public String aggregateId() {
    return childId;
  }
}

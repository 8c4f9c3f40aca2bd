package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * A child's next dose of a vaccine is overdue: its due date plus the grace period passed without
 * the dose being recorded. Published once per dose.
 */
public record ImmunizationOverdue(
    @Doc("the child's health record (aggregate id, record key)") String childId,
    @Doc(value = "the child's subjectRef, once the birth is registered", optional = true)
        String childRef,
    @Doc(value = "the mother's subjectRef, when known", optional = true) String motherRef,
    @Doc("vaccine code of the schedule, e.g. BCG, OPV, DPT-HB-HIB, MR") String vaccine,
    @Doc("dose number within the vaccine's series") int doseNo,
    @Doc("the date the dose was due") LocalDate dueDate,
    @Doc("the date from which it counts as overdue (due date + grace)") LocalDate overdueSince,
    @Doc(value = "the health facility following the child, when known", optional = true)
        String facilityCode,
    @Doc("Kemendagri code of the child's desa/kelurahan (10 digits)") String desaCode)
    implements ChildEvent {

  @Override
  public String aggregateId() {
    return childId;
  }
}

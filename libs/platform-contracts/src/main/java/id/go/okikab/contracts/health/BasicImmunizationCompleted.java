package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * A child reached "Imunisasi Dasar Lengkap": every basic dose of the schedule given before the
 * first birthday (domain.md §2.4). Published once, with the dose that completed it.
 */
public record BasicImmunizationCompleted(
    @Doc("the child's health record (aggregate id, record key)") String childId,
    @Doc(value = "the child's subjectRef, once the birth is registered", optional = true)
        String childRef,
    @Doc(value = "the mother's subjectRef, when known", optional = true) String motherRef,
    @Doc("the day the last basic dose was given (WIB)") LocalDate completedOn,
    @Doc("the health facility that gave the last basic dose") String facilityCode,
    @Doc("Kemendagri code of the child's desa/kelurahan (10 digits)") String desaCode)
    implements ChildEvent {

  @Override
  public String aggregateId() {
    return childId;
  }
}

package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/** A permit reached the end of its validity. */
public record PermitExpired(
    @Doc("the permit (aggregate id, record key)") String permitId,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the holder's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the holder's NIB when a business", optional = true) String nib,
    @Doc("the first day it was no longer valid") LocalDate expiredOn)
    implements PermitEvent {

  @Override
  public String aggregateId() {
    return permitId;
  }
}

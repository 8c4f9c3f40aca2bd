package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A permit was revoked (terminal). */
public record PermitRevoked(
    @Doc("the permit (aggregate id, record key)") String permitId,
    @Doc("the permit type code") String permitType,
    @Doc(value = "the holder's subjectRef when a person", optional = true) String subjectRef,
    @Doc(value = "the holder's NIB when a business", optional = true) String nib,
    @Doc("why, as a code") String reasonCode,
    @Doc("when it was revoked") OffsetDateTime revokedAt)
    implements PermitEvent {

  @Override
  public String aggregateId() {
    return permitId;
  }
}

package id.go.okikab.civilregistry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a birth or death registration (domain.md 1.4, as issue #3 narrows them). {@code
 * REGISTERED} stands for the suggested RECORDED_IN_SIAK → DOCUMENT_ISSUED: this registry records
 * the person and issues the certificate in the same step.
 */
public enum RegistrationStatus {
  /** opened from a health report, waiting for the parents' or an officer's completion */
  DRAFT,
  SUBMITTED,
  VERIFYING,
  NEEDS_FIX,
  APPROVED,
  REGISTERED,
  REJECTED;

  /** The states this one may move to. */
  public Set<RegistrationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, REJECTED);
      case SUBMITTED -> EnumSet.of(VERIFYING, REJECTED);
      case VERIFYING -> EnumSet.of(NEEDS_FIX, APPROVED, REJECTED);
      case NEEDS_FIX -> EnumSet.of(SUBMITTED, REJECTED);
      case APPROVED -> EnumSet.of(REGISTERED);
      case REGISTERED, REJECTED -> EnumSet.noneOf(RegistrationStatus.class);
    };
  }

  public boolean canMoveTo(RegistrationStatus target) {
    return next().contains(target);
  }

  public boolean isOpen() {
    return this != REGISTERED && this != REJECTED;
  }
}

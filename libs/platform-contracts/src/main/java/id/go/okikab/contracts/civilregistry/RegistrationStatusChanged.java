package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;

/**
 * A birth or death registration changed state (for citizens' timelines and dashboards). The outcome
 * of a completed registration is {@link BirthRegistered} or {@link DeathRegistered}.
 */
public record RegistrationStatusChanged(
    @Doc("the registration (aggregate id, record key)") String registrationId,
    @Doc("birth or death registration") Kind kind,
    @Doc("the state it is in now") Status status,
    @Doc("how it was opened") Channel channel,
    @Doc(value = "the subjectRef of the citizen who declared it", optional = true)
        String declarantRef,
    @Doc(
            value =
                "the family the registration concerns (the child's or the deceased's family card)",
            optional = true)
        String familyId)
    implements RegistrationEvent {

  /** Which registration. */
  public enum Kind {
    BIRTH,
    DEATH
  }

  /** The registration states (domain.md 1.4). */
  public enum Status {
    DRAFT,
    SUBMITTED,
    VERIFYING,
    NEEDS_FIX,
    APPROVED,
    REGISTERED,
    REJECTED
  }

  /** Who opened it. */
  public enum Channel {
    CITIZEN,
    OFFICER,
    HEALTH
  }

  @Override
  public String aggregateId() {
    return registrationId;
  }
}

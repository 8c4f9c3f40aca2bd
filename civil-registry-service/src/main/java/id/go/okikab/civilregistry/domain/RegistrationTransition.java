package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One state change of a registration: who moved it, when, and the note they gave. */
@Entity
@Table(name = "registration_transition")
public class RegistrationTransition {

  /** Which registration table. */
  public enum Kind {
    BIRTH,
    DEATH
  }

  @Id public UUID id;

  @Column(name = "registration_id")
  public UUID registrationId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public RegistrationStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public RegistrationStatus toStatus;

  public String actor;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  public String note;

  /** The history row of a transition of {@code registration}, made by {@code actor}. */
  public static RegistrationTransition of(
      Registration registration, Registration.Transition transition, String actor, Instant now) {
    RegistrationTransition row = new RegistrationTransition();
    row.id = UUID.randomUUID();
    row.registrationId = registration.id;
    row.kind = registration.kind();
    row.fromStatus = transition.from();
    row.toStatus = transition.to();
    row.actor = actor;
    row.occurredAt = now;
    row.note = transition.note();
    return row;
  }
}

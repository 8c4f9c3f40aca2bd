package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What birth and death registrations share: the state machine of {@link RegistrationStatus}, who
 * opened it, when the registry learned of the event and whether that was late.
 */
@MappedSuperclass
public abstract class Registration {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public RegistrationStatus status;

  @Enumerated(EnumType.STRING)
  public RegistrationChannel channel;

  /** The declaring citizen's subjectRef (citizen channel). */
  @Column(name = "declarant_ref")
  public String declarantRef;

  @Column(name = "family_id")
  public UUID familyId;

  /** When the registry first learned of the event (declaration, or the health report). */
  @Column(name = "reported_at")
  public Instant reportedAt;

  public boolean late;

  /** The officer's last request for a fix, or the rejection reason. */
  @Column(name = "officer_note")
  public String officerNote;

  @Column(name = "certificate_id")
  public UUID certificateId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** A state change, for the history. */
  public record Transition(RegistrationStatus from, RegistrationStatus to, String note) {}

  /** DRAFT or NEEDS_FIX → SUBMITTED (the declaration is complete). */
  public Transition submit(Instant now) {
    return move(RegistrationStatus.SUBMITTED, null, now);
  }

  /** SUBMITTED → VERIFYING: an officer checks the documents. */
  public Transition startVerification(Instant now) {
    return move(RegistrationStatus.VERIFYING, null, now);
  }

  /** VERIFYING → NEEDS_FIX: the declarant must correct something. */
  public Transition requestFix(String note, Instant now) {
    Transition transition = move(RegistrationStatus.NEEDS_FIX, note, now);
    officerNote = note;
    return transition;
  }

  /** VERIFYING → APPROVED. */
  public Transition approve(Instant now) {
    return move(RegistrationStatus.APPROVED, null, now);
  }

  /** APPROVED → REGISTERED: recorded, certificate issued. */
  public Transition complete(UUID certificateId, Instant now) {
    Transition transition = move(RegistrationStatus.REGISTERED, null, now);
    this.certificateId = certificateId;
    return transition;
  }

  /** Any open state but APPROVED → REJECTED. */
  public Transition reject(String reason, Instant now) {
    Transition transition = move(RegistrationStatus.REJECTED, reason, now);
    officerNote = reason;
    return transition;
  }

  /**
   * @throws RegistrationStateConflict when the current state does not allow {@code target}
   */
  public void requireCanMoveTo(RegistrationStatus target) {
    if (!status.canMoveTo(target)) {
      throw new RegistrationStateConflict(status, target);
    }
  }

  private Transition move(RegistrationStatus target, String note, Instant now) {
    requireCanMoveTo(target);
    RegistrationStatus from = status;
    status = target;
    updatedAt = now;
    return new Transition(from, target, note);
  }
}

package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What birth and death registrations share: the state machine of {@link RegistrationStatus}, who
 * opened it, when the registry learned of the event and whether that was late. Every transition
 * checks the current state and returns the {@link Transition} it caused, which the workflow stores
 * in the history and publishes as RegistrationStatusChanged; the kinds add their fields, their
 * declaration rules and their completion ({@link BirthRegistration}, {@link DeathRegistration}).
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

  /** A state change, for the history (and RegistrationStatusChanged). */
  public record Transition(RegistrationStatus from, RegistrationStatus to, String note) {}

  /** Who opened a registration: an officer, a citizen (with their subjectRef), a health report. */
  public record Declarant(RegistrationChannel channel, String ref) {

    public static Declarant officer() {
      return new Declarant(RegistrationChannel.OFFICER, null);
    }

    public static Declarant citizen(String subjectRef) {
      return new Declarant(RegistrationChannel.CITIZEN, subjectRef);
    }

    public static Declarant health() {
      return new Declarant(RegistrationChannel.HEALTH, null);
    }
  }

  /** A new registration and the transition that opened it (from no state to its first). */
  public record Opened<R extends Registration>(R registration, Transition transition) {}

  /** Which kind of registration this is (the history's and the event's kind). */
  public abstract RegistrationTransition.Kind kind();

  /** The date of the event registered: the birth, the death. */
  public abstract LocalDate eventDate();

  /**
   * Opens the registration in {@code initial} (SUBMITTED for a declaration, DRAFT for a report).
   *
   * @param reportedAt when the registry learned of the event (late is counted from it)
   */
  protected final Transition open(
      RegistrationStatus initial, Declarant declarant, Instant reportedAt, Instant now) {
    id = UUID.randomUUID();
    status = initial;
    channel = declarant.channel();
    declarantRef = declarant.ref();
    this.reportedAt = reportedAt;
    createdAt = now;
    updatedAt = now;
    return new Transition(null, initial, null);
  }

  /** Whether the event was reported more than {@code days} after it happened, in {@code zone}. */
  protected final boolean reportedLate(ZoneId zone, int days) {
    return LatePolicy.isLate(eventDate(), reportedAt.atZone(zone).toLocalDate(), days);
  }

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

  /** APPROVED → REGISTERED: recorded, certificate issued (the kinds' {@code register}). */
  protected final Transition complete(UUID certificateId, Instant now) {
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

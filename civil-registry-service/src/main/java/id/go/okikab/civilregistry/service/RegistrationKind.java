package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.Registration.Declarant;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Registration.Transition;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.time.Instant;
import java.util.UUID;

/**
 * What one kind of registration brings to the {@link RegistrationWorkflow}: its table, its
 * declaration (fields, rules, who may declare), what approval checks, what registering does and
 * publishes, who besides the declarant and the family may follow it, and its view. Everything else
 * — the states, If-Match, the history, RegistrationStatusChanged, reads, lists, the read audit — is
 * the workflow's. The methods run in the workflow's transaction.
 *
 * @param <R> the registration entity
 * @param <C> its declaration (the body of a declaration and of a submission)
 * @param <V> its view
 */
public interface RegistrationKind<R extends Registration, C, V> {

  /** Its name in problems and (hyphenated) in the read audit, e.g. {@code birth registration}. */
  String noun();

  PanacheRepositoryBase<R, UUID> repository();

  /**
   * A new registration from a declaration (not persisted yet): the kind's permission for {@code
   * declarant} and its rules.
   */
  Opened<R> declare(C declaration, Declarant declarant, Instant now);

  /**
   * A citizen who may follow {@code registration} amends it: the kind's further permission (and
   * what it records of the citizen). Runs before the If-Match check.
   */
  default void citizenAmends(R registration, C declaration, String citizenRef) {}

  /** Sets a completed or corrected declaration, before the registration becomes SUBMITTED. */
  void amend(R registration, C declaration);

  /** What approval checks besides the state (VERIFYING). */
  default void checkApproval(R registration, Approval approval) {}

  /**
   * APPROVED → REGISTERED: the kind's effect on residents and family cards, its document and its
   * event (BirthRegistered, DeathRegistered).
   */
  Transition register(R registration, Instant now);

  /**
   * Whether the citizen with {@code citizenRef} is a person of the registration other than its
   * declarant and its family's members (who may always follow it).
   */
  default boolean concerns(R registration, String citizenRef) {
    return false;
  }

  /**
   * The condition a citizen's list adds to "declared by them ({@code ?1}) or of their family
   * ({@code ?2})", starting with {@code or}; empty when there is none.
   */
  default String citizenListClause() {
    return "";
  }

  /** The subjectRef an officer's read of the registration is audited under. */
  String auditRef(R registration);

  V view(R registration);
}

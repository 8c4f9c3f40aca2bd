package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A death registration (pencatatan kematian): declared by a citizen for a member of their own
 * family or by an officer, on a death statement from a doctor or the desa/lurah. Registering it
 * makes the resident DECEASED, takes them off the family card and issues the akta kematian.
 */
@Entity
@Table(name = "death_registration")
public class DeathRegistration extends Registration {

  /** Who issued the death statement (surat keterangan kematian). */
  public enum StatementIssuer {
    DOCTOR,
    DESA
  }

  @Column(name = "resident_id")
  public UUID residentId;

  @Column(name = "date_of_death")
  public LocalDate dateOfDeath;

  @Column(name = "place_of_death")
  public String placeOfDeath;

  @Enumerated(EnumType.STRING)
  @Column(name = "statement_issuer")
  public StatementIssuer statementIssuer;

  @Column(name = "statement_reference")
  public String statementReference;

  /** The member who becomes head when the deceased was the head (else the successor rule). */
  @Column(name = "new_head_resident_id")
  public UUID newHeadResidentId;

  /** A declaration of a death (also its correction). */
  public record Declaration(
      LocalDate dateOfDeath,
      String placeOfDeath,
      StatementIssuer statementIssuer,
      String statementReference,
      UUID newHeadResidentId) {}

  @Override
  public RegistrationTransition.Kind kind() {
    return RegistrationTransition.Kind.DEATH;
  }

  @Override
  public LocalDate eventDate() {
    return dateOfDeath;
  }

  /**
   * A citizen's or an officer's declaration of the death of {@code deceased} (on the card {@code
   * family}, if any): SUBMITTED.
   *
   * @throws DomainRuleViolation the rules of {@link #amend}
   */
  public static Opened<DeathRegistration> declare(
      Resident deceased,
      Family family,
      Declaration declaration,
      Declarant declarant,
      Instant now,
      ZoneId zone,
      int lateAfterDays) {
    DeathRegistration registration = new DeathRegistration();
    Transition opened = registration.open(RegistrationStatus.SUBMITTED, declarant, now, now);
    registration.residentId = deceased.id;
    registration.familyId = family == null ? null : family.id;
    registration.amend(declaration, deceased, family, zone, lateAfterDays);
    return new Opened<>(registration, opened);
  }

  /**
   * Sets what the declaration says; the date of death decides {@code late} again.
   *
   * @throws DomainRuleViolation {@code death-before-birth}; {@code head-not-leaving} when a new
   *     head is named for a deceased who is not the head; {@code not-a-member} when the new head is
   *     not another member of the card
   */
  public void amend(
      Declaration declaration, Resident deceased, Family family, ZoneId zone, int lateAfterDays) {
    if (declaration.dateOfDeath().isBefore(deceased.birthDate)) {
      throw new DomainRuleViolation(
          "death-before-birth", "The date of death is before the date of birth.", "dateOfDeath");
    }
    UUID newHead = declaration.newHeadResidentId();
    if (newHead != null) {
      boolean head =
          family != null && family.head().map(h -> h.residentId.equals(deceased.id)).orElse(false);
      if (!head) {
        throw new DomainRuleViolation(
            "head-not-leaving",
            "A new head is named only when the deceased is the head of their family card.",
            "newHeadResidentId");
      }
      if (newHead.equals(deceased.id) || !family.hasCurrentMember(newHead)) {
        throw new DomainRuleViolation(
            "not-a-member",
            "The new head must be another member of the family card.",
            "newHeadResidentId");
      }
    }
    dateOfDeath = declaration.dateOfDeath();
    placeOfDeath = declaration.placeOfDeath();
    statementIssuer = declaration.statementIssuer();
    statementReference = declaration.statementReference();
    newHeadResidentId = newHead;
    late = reportedLate(zone, lateAfterDays);
  }

  /**
   * @throws DomainRuleViolation {@code resident-cannot-change} when a correction names another
   *     person
   */
  public void requireConcerns(UUID residentId) {
    if (!this.residentId.equals(residentId)) {
      throw new DomainRuleViolation(
          "resident-cannot-change",
          "A death registration concerns one person; reject it and declare anew.",
          "residentId");
    }
  }

  /**
   * APPROVED → REGISTERED with the akta kematian {@code certificate} (the resident died: {@link
   * Resident#die}). The workflow publishes DeathRegistered and RegistrationStatusChanged.
   */
  public Transition register(Certificate certificate, Instant now) {
    return complete(certificate.id, now);
  }
}

package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A resident registration that looked like a person already registered (same name, birth date and
 * mother): kept for an officer's decision instead of creating a second record silently.
 */
@Entity
@Table(name = "resident_review")
public class ResidentReview {

  /** Where the review stands. */
  public enum Status {
    OPEN,
    REGISTERED,
    REJECTED
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String nik;

  /** The registration as the officer sent it, to register when the decision is REGISTER. */
  @JdbcTypeCode(SqlTypes.JSON)
  public HeldRegistration request;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "candidate_ids")
  public List<String> candidateIds;

  @Column(name = "opened_by")
  public String openedBy;

  @Column(name = "opened_at")
  public Instant openedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Column(name = "resident_id")
  public UUID residentId;

  @Version public long version;

  /**
   * The registration of a person, held for a review against the residents it may be ({@code
   * candidateIds}); OPEN until an officer decides. Publishes nothing: no resident exists yet.
   */
  public static ResidentReview hold(
      HeldRegistration request, List<UUID> candidateIds, String openedBy, Instant now) {
    ResidentReview review = new ResidentReview();
    review.id = UUID.randomUUID();
    review.status = Status.OPEN;
    review.nik = request.nik();
    review.request = request;
    review.candidateIds = candidateIds.stream().map(UUID::toString).toList();
    review.openedBy = openedBy;
    review.openedAt = now;
    return review;
  }

  /**
   * @throws DomainRuleViolation {@code review-decided} when it was already decided
   */
  public void requireOpen() {
    if (status != Status.OPEN) {
      throw new DomainRuleViolation(
          "review-decided", "This review was already decided: " + status + ".", "decision");
    }
  }

  /**
   * REGISTERED (with the new resident's id) or REJECTED; the registration of the resident publishes
   * ResidentRegistered.
   *
   * @throws DomainRuleViolation {@code review-decided} when it was already decided
   */
  public void decide(Status outcome, String officer, String reason, UUID residentId, Instant now) {
    requireOpen();
    this.status = outcome;
    this.decidedBy = officer;
    this.decisionReason = reason;
    this.residentId = residentId;
    this.decidedAt = now;
  }
}

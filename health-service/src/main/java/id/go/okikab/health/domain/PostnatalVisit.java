package id.go.okikab.health.domain;

import id.go.okikab.health.domain.postnatal.VisitKind;
import id.go.okikab.health.domain.postnatal.VisitStatus;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A KF (mother) or KN (newborn) visit with its window after the birth. */
@Entity
@Table(name = "postnatal_visit")
public class PostnatalVisit {

  @Id public UUID id;

  @Column(name = "pregnancy_id")
  public UUID pregnancyId;

  /** The newborn, for a KN visit; null for KF. */
  @Column(name = "child_id")
  public UUID childId;

  @Enumerated(EnumType.STRING)
  public VisitKind kind;

  @Column(name = "window_start")
  public OffsetDateTime windowStart;

  @Column(name = "window_end")
  public OffsetDateTime windowEnd;

  @Column(name = "visited_at")
  public OffsetDateTime visitedAt;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "cancelled_at")
  public OffsetDateTime cancelledAt;

  @Column(name = "cancelled_reason")
  public String cancelledReason;

  @Column(name = "missed_reported_at")
  public OffsetDateTime missedReportedAt;

  /** A visit planned at the delivery, with its window after {@code bornAt}; no event. */
  public static PostnatalVisit planned(
      UUID pregnancyId, UUID childId, VisitKind kind, OffsetDateTime bornAt) {
    PostnatalVisit v = new PostnatalVisit();
    v.id = UUID.randomUUID();
    v.pregnancyId = pregnancyId;
    v.childId = childId;
    v.kind = kind;
    v.windowStart = kind.windowStart(bornAt);
    v.windowEnd = kind.windowEnd(bornAt);
    return v;
  }

  public VisitStatus status(OffsetDateTime now) {
    return VisitStatus.of(windowStart, windowEnd, visitedAt, cancelledAt != null, now);
  }

  /**
   * Records the visit (no event). A visit after the window closed is recorded (status DONE_LATE).
   *
   * @throws ConflictProblem when already recorded
   * @throws DomainRuleViolation {@code visit-cancelled}, {@code visit-in-future}, {@code
   *     visit-before-window}
   */
  public void visit(OffsetDateTime at, String facilityCode, String by, OffsetDateTime now) {
    if (visitedAt != null) {
      throw new ConflictProblem(kind + " is already recorded.");
    }
    if (cancelledAt != null) {
      throw new DomainRuleViolation(
          "visit-cancelled", kind + " no longer applies (" + cancelledReason + ").", "kind");
    }
    if (at.isAfter(now)) {
      throw new DomainRuleViolation(
          "visit-in-future", "A visit cannot be recorded before it happens.", "visitedAt");
    }
    if (at.isBefore(windowStart)) {
      throw new DomainRuleViolation(
          "visit-before-window",
          kind + " starts " + windowStart + " (" + kind.name() + " window); this visit is earlier.",
          "visitedAt");
    }
    visitedAt = at;
    this.facilityCode = facilityCode;
    recordedBy = by;
    recordedAt = now;
  }

  /** No longer applicable (death). Visits already made stay. */
  public void cancel(String reason, OffsetDateTime at) {
    if (visitedAt == null && cancelledAt == null) {
      cancelledAt = at;
      cancelledReason = reason;
    }
  }

  /** The missed-visit check reported it: a {@code PostnatalVisitMissed}, once per visit. */
  public void markMissedReported(OffsetDateTime at) {
    missedReportedAt = at;
  }
}

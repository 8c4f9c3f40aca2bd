package id.go.okikab.permits.domain;

import id.go.okikab.contracts.permits.ApplicationEvent;
import id.go.okikab.contracts.permits.PermitApplicationReturned;
import id.go.okikab.contracts.permits.PermitApplicationSubmitted;
import id.go.okikab.contracts.permits.PermitApproved;
import id.go.okikab.contracts.permits.PermitRejected;
import id.go.okikab.contracts.permits.PermitSlaBreached;
import id.go.okikab.platform.domain.WorkingCalendar;
import id.go.okikab.platform.web.problem.ConflictProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A permit application, from draft to issued or rejected (domain.md §4.3). It moves only by {@link
 * #apply}, which checks the step is legal in the current status, keeps the SLA clock (paused while
 * the file is with the applicant) and returns the event the step causes.
 */
@Entity
@Table(name = "permit_application")
public class PermitApplication {

  @Id public UUID id;

  @Column(name = "permit_type")
  public String permitType;

  @Enumerated(EnumType.STRING)
  public ApplicationStatus status;

  @Column(name = "applicant_kind")
  public String applicantKind;

  /** The subjectRef of the citizen who files it (the applicant, or the business's agent). */
  @Column(name = "owner_ref")
  public String ownerRef;

  public String nib;

  @Column(name = "holder_name")
  public String holderName;

  /** KBLI codes, comma-separated. */
  public String kbli;

  @Column(name = "business_scale")
  public String businessScale;

  /** GeoJSON of the location (Point or Polygon). */
  public String location;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "kkpr_result")
  public String kkprResult;

  @Column(name = "kkpr_layers")
  public String kkprLayers;

  @Column(name = "kkpr_conditions")
  public String kkprConditions;

  @Column(name = "floor_area_m2")
  public BigDecimal floorAreaM2;

  @Column(name = "sla_working_days")
  public int slaWorkingDays;

  @Column(name = "sla_used")
  public int slaUsed;

  @Column(name = "sla_running_since")
  public LocalDate slaRunningSince;

  @Column(name = "sla_due_on")
  public LocalDate slaDueOn;

  @Column(name = "sla_breached_at")
  public OffsetDateTime slaBreachedAt;

  @Column(name = "deemed_approved")
  public boolean deemedApproved;

  @Column(name = "assigned_to")
  public String assignedTo;

  @Column(name = "fee_amount")
  public Long feeAmount;

  @Column(name = "billing_code")
  public String billingCode;

  @Column(name = "fee_paid_at")
  public OffsetDateTime feePaidAt;

  @Column(name = "payment_reference")
  public String paymentReference;

  @Column(name = "submitted_at")
  public OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  public OffsetDateTime decidedAt;

  @Column(name = "decision_working_days")
  public Integer decisionWorkingDays;

  @Column(name = "within_sla")
  public Boolean withinSla;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Version public long version;

  /** A new draft. */
  public static PermitApplication draft(
      PermitType type,
      String ownerRef,
      String nib,
      String holderName,
      List<String> kbli,
      String businessScale,
      String location,
      String desaCode,
      BigDecimal floorAreaM2,
      OffsetDateTime now) {
    PermitApplication a = new PermitApplication();
    a.id = UUID.randomUUID();
    a.permitType = type.code;
    a.status = ApplicationStatus.DRAFT;
    a.applicantKind = nib == null ? "PERSON" : "BUSINESS";
    a.ownerRef = ownerRef;
    a.nib = nib;
    a.holderName = holderName;
    a.kbli = String.join(",", kbli);
    a.businessScale = businessScale;
    a.location = location;
    a.desaCode = desaCode;
    a.kecamatanCode = desaCode == null ? null : desaCode.substring(0, 6);
    a.floorAreaM2 = floorAreaM2;
    a.slaWorkingDays = type.slaWorkingDays;
    a.createdAt = now;
    a.updatedAt = now;
    return a;
  }

  public List<String> kbliList() {
    return kbli == null || kbli.isBlank() ? List.of() : Arrays.asList(kbli.split(","));
  }

  /** The subjectRef in events: the applicant's when a person, none for a business. */
  public String eventSubjectRef() {
    return "PERSON".equals(applicantKind) ? ownerRef : null;
  }

  public SlaClock clock() {
    return new SlaClock(slaWorkingDays, slaUsed, slaRunningSince);
  }

  private void setClock(SlaClock clock, WorkingCalendar calendar) {
    slaUsed = clock.usedBeforePause();
    slaRunningSince = clock.runningSince();
    slaDueOn = clock.dueOn(calendar);
  }

  /**
   * Takes {@code action} at {@code now}.
   *
   * @return the event the step causes, if any
   * @throws ConflictProblem (409) naming the current status when the step is illegal in it
   */
  public Optional<ApplicationEvent> apply(
      ApplicationAction action, OffsetDateTime now, LocalDate today, WorkingCalendar calendar) {
    ApplicationStatus from = status;
    ApplicationStatus to =
        action
            .from(from)
            .orElseThrow(
                () ->
                    new ConflictProblem(
                        "The application is " + from + "; " + action + " is not possible now."));
    status = to;
    updatedAt = now;
    ApplicationEvent event = null;
    switch (action) {
      case SUBMIT -> {
        submittedAt = now;
        setClock(SlaClock.startedOn(slaWorkingDays, today), calendar);
        event =
            new PermitApplicationSubmitted(
                id.toString(),
                permitType,
                applicantKind,
                eventSubjectRef(),
                nib,
                kbliList(),
                kkprResult,
                desaCode,
                now);
      }
      case MARK_INCOMPLETE, REQUEST_REVISION -> {
        setClock(clock().pausedOn(calendar, today), calendar);
        event =
            new PermitApplicationReturned(
                id.toString(),
                permitType,
                eventSubjectRef(),
                nib,
                action == ApplicationAction.MARK_INCOMPLETE
                    ? "COMPLETENESS_CHECK"
                    : "TECHNICAL_VERIFICATION",
                now);
      }
      case RESUBMIT -> setClock(clock().resumedOn(today), calendar);
      case APPROVE, REJECT -> {
        SlaClock clock = clock();
        int used = clock.used(calendar, today);
        decisionWorkingDays = used;
        withinSla = used <= slaWorkingDays;
        decidedAt = now;
        setClock(clock.pausedOn(calendar, today), calendar);
        slaDueOn = null;
        event =
            action == ApplicationAction.APPROVE
                ? new PermitApproved(
                    id.toString(), permitType, eventSubjectRef(), nib, used, withinSla, now)
                : new PermitRejected(
                    id.toString(), permitType, eventSubjectRef(), nib, used, withinSla, now);
      }
      default -> {}
    }
    return Optional.ofNullable(event);
  }

  /** Working days left on the SLA today (null once decided or while a draft). */
  public Integer remainingWorkingDays(WorkingCalendar calendar, LocalDate today) {
    if (!status.awaitingDecision() && !status.withApplicant()) {
      return null;
    }
    return clock().remaining(calendar, today);
  }

  /**
   * The sweep's check: an application awaiting the office's decision past its SLA, not yet
   * reported, is marked and reported once; an OSS permit is then deemed approved (fiktif positif)
   * for the officer to act on.
   */
  public Optional<PermitSlaBreached> checkSla(
      PermitType type, OffsetDateTime now, LocalDate today, WorkingCalendar calendar) {
    if (slaBreachedAt != null || !status.awaitingDecision() || !clock().breached(calendar, today)) {
      return Optional.empty();
    }
    slaBreachedAt = now;
    deemedApproved = type.oss;
    return Optional.of(
        new PermitSlaBreached(
            id.toString(),
            permitType,
            eventSubjectRef(),
            nib,
            status.stage(),
            slaWorkingDays,
            deemedApproved,
            now));
  }
}

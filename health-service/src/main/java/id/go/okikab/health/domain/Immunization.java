package id.go.okikab.health.domain;

import id.go.okikab.health.domain.immunization.DoseRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One scheduled dose of a child, part of the child's record: its dates (recomputed when the
 * previous dose of the series is given) and, once given ({@link Child#giveDose}: an {@code
 * ImmunizationGiven}), when and where.
 */
@Entity
@Table(name = "immunization")
public class Immunization {

  @Id public UUID id;

  @Column(name = "child_id")
  public UUID childId;

  public String vaccine;

  @Column(name = "dose_no")
  public int doseNo;

  @Column(name = "eligible_from")
  public LocalDate eligibleFrom;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "overdue_from")
  public LocalDate overdueFrom;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "given_on")
  public LocalDate givenOn;

  @Column(name = "given_facility_code")
  public String givenFacilityCode;

  @Column(name = "batch_number")
  public String batchNumber;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "overdue_reported_at")
  public OffsetDateTime overdueReportedAt;

  public static Immunization scheduled(
      UUID childId, String vaccine, int doseNo, DoseRules.Dates d) {
    Immunization i = new Immunization();
    i.id = UUID.randomUUID();
    i.childId = childId;
    i.vaccine = vaccine;
    i.doseNo = doseNo;
    i.reschedule(d);
    return i;
  }

  /** New dates (the previous dose was given). */
  public void reschedule(DoseRules.Dates d) {
    eligibleFrom = d.eligibleFrom();
    dueDate = d.dueDate();
    overdueFrom = d.overdueFrom();
    expiresOn = d.expiresOn();
  }

  public DoseRules.Dates dates() {
    return new DoseRules.Dates(eligibleFrom, dueDate, overdueFrom, expiresOn);
  }

  public boolean isGiven() {
    return givenOn != null;
  }

  /** Records the dose given; {@link Child#giveDose} checks it first. */
  void give(
      LocalDate givenOn, String facilityCode, String batchNumber, String by, OffsetDateTime at) {
    if (isGiven()) {
      throw new IllegalStateException("dose already given");
    }
    this.givenOn = givenOn;
    this.givenFacilityCode = facilityCode;
    this.batchNumber = batchNumber;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** The overdue check reported the dose: an {@code ImmunizationOverdue}, once per dose. */
  public void markOverdueReported(OffsetDateTime at) {
    overdueReportedAt = at;
  }
}

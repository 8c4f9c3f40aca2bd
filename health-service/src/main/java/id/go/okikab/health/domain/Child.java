package id.go.okikab.health.domain;

import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.domain.immunization.ScheduledDose;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A child's health record (the child's part of the Buku KIA), from birth to five years: created at
 * a recorded delivery, or from a birth registration when no delivery was recorded here; linked to
 * the child's NIK (as {@code childRef}) when the civil registry registers the birth.
 */
@Entity
@Table(name = "child")
public class Child {

  /** Lifecycle. */
  public enum Status {
    ACTIVE,
    CLOSED
  }

  /** How the record came to be. */
  public enum Origin {
    DELIVERY,
    CIVIL_REGISTRY
  }

  @Id public UUID id;

  @Column(name = "pregnancy_id")
  public UUID pregnancyId;

  @Column(name = "birth_order")
  public Integer birthOrder;

  @Column(name = "mother_ref")
  public String motherRef;

  @Column(name = "father_ref")
  public String fatherRef;

  @Column(name = "child_ref")
  public String childRef;

  @Column(name = "civil_registration_id")
  public String civilRegistrationId;

  @Enumerated(EnumType.STRING)
  public Sex sex;

  @Column(name = "birth_date")
  public LocalDate birthDate;

  @Column(name = "born_at")
  public OffsetDateTime bornAt;

  @Column(name = "birth_weight_grams")
  public Integer birthWeightGrams;

  @Column(name = "birth_length_mm")
  public Integer birthLengthMm;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Enumerated(EnumType.STRING)
  public Origin origin;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "closed_reason")
  public String closedReason;

  @Column(name = "closed_on")
  public LocalDate closedOn;

  @Column(name = "linked_at")
  public OffsetDateTime linkedAt;

  @Column(name = "schedule_confirmed_at")
  public OffsetDateTime scheduleConfirmedAt;

  /**
   * The earliest due date of this child's open doses that have no maximum age: from that day on the
   * child is on every due list. Null when there is none (all given, or waiting).
   */
  @Column(name = "next_due_on")
  public LocalDate nextDueOn;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Version public long version;

  /** A live-born baby of a recorded delivery ({@link DeliveryBaby#openChildRecord}). */
  static Child bornAt(
      Pregnancy pregnancy, DeliveryBaby baby, LocalDate birthDate, OffsetDateTime now) {
    Child c = new Child();
    c.id = UUID.randomUUID();
    c.pregnancyId = pregnancy.id;
    c.birthOrder = baby.birthOrder;
    c.motherRef = pregnancy.motherRef;
    c.sex = baby.sex;
    c.birthDate = birthDate;
    c.bornAt = baby.bornAt;
    c.birthWeightGrams = baby.weightGrams;
    c.birthLengthMm = baby.lengthMm;
    c.facilityCode = pregnancy.facilityCode;
    c.desaCode = pregnancy.desaCode;
    c.kecamatanCode = pregnancy.kecamatanCode;
    c.origin = Origin.DELIVERY;
    c.status = Status.ACTIVE;
    c.createdAt = now;
    return c;
  }

  /** A registered birth with no recorded delivery here: the record starts from the registration. */
  public static Child fromRegistration(
      String registrationId,
      String childRef,
      String motherRef,
      String fatherRef,
      Sex sex,
      LocalDate birthDate,
      String desaCode,
      OffsetDateTime now) {
    Child c = new Child();
    c.id = UUID.randomUUID();
    c.motherRef = motherRef;
    c.fatherRef = fatherRef;
    c.childRef = childRef;
    c.civilRegistrationId = registrationId;
    c.sex = sex;
    c.birthDate = birthDate;
    c.desaCode = desaCode;
    c.kecamatanCode = OkiDesaCodes.kecamatanOf(desaCode);
    c.origin = Origin.CIVIL_REGISTRY;
    c.status = Status.ACTIVE;
    c.createdAt = now;
    c.linkedAt = now;
    c.scheduleConfirmedAt = now;
    return c;
  }

  /** Whether the registration may be linked here (same child already, or not linked yet). */
  public boolean linkableTo(String childRef) {
    return this.childRef == null || this.childRef.equals(childRef);
  }

  /**
   * Links the record to the child's NIK (subjectRef) from the birth registration; repeated with the
   * same reference it only confirms.
   *
   * @throws IllegalStateException when already linked to another child
   */
  public void link(String childRef, String fatherRef, String registrationId, OffsetDateTime now) {
    if (!linkableTo(childRef)) {
      throw new IllegalStateException("child record already linked to another registration");
    }
    if (this.childRef == null) {
      this.childRef = childRef;
      this.linkedAt = now;
    }
    if (this.fatherRef == null) {
      this.fatherRef = fatherRef;
    }
    this.civilRegistrationId = registrationId;
    this.scheduleConfirmedAt = now;
  }

  /** Closes the record: the child died (civil registry); no event. */
  public void closeForDeath(LocalDate dateOfDeath) {
    if (status == Status.ACTIVE) {
      status = Status.CLOSED;
      closedReason = "DECEASED";
      closedOn = dateOfDeath;
    }
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  /**
   * @throws DomainRuleViolation {@code child-record-closed}: nothing more is recorded on it
   */
  public void requireActive() {
    if (!isActive()) {
      throw new DomainRuleViolation(
          "child-record-closed", "This child's record is closed (" + closedReason + ").");
    }
  }

  /**
   * Records a dose of one vaccine's series: the dose named (or the next one not given), checked
   * against the child's age and the previous dose; the next dose of the series is rescheduled from
   * it and {@link #nextDueOn} follows.
   *
   * @param seriesRows the child's scheduled doses of the vaccine, by dose number
   * @param series the national schedule's doses of the vaccine, by dose number
   * @param doseNo the dose given, or null for the next one
   * @param allRows every scheduled dose of the child (for {@link #nextDueOn})
   * @return the dose given: an {@code ImmunizationGiven}
   * @throws DomainRuleViolation {@code child-record-closed}, {@code unknown-dose}, {@code
   *     series-complete}, {@code given-date-in-future}, {@code given-before-birth}, and those of
   *     {@link DoseRules#check}
   * @throws ConflictProblem when the dose is already recorded
   */
  public Immunization giveDose(
      List<Immunization> seriesRows,
      List<ScheduledDose> series,
      Integer doseNo,
      Dose dose,
      List<Immunization> allRows,
      LocalDate today,
      OffsetDateTime now,
      int graceDays) {
    requireActive();
    String vaccine = series.get(0).vaccine();
    int number;
    if (doseNo != null) {
      number = doseNo;
      if (number > series.size()) {
        throw new DomainRuleViolation(
            "unknown-dose",
            vaccine + " has " + series.size() + " dose(s) in the national schedule.",
            "doseNo");
      }
    } else {
      number =
          seriesRows.stream()
              .filter(i -> !i.isGiven())
              .mapToInt(i -> i.doseNo)
              .min()
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "series-complete",
                          "Every dose of " + vaccine + " is already recorded.",
                          "vaccine"));
    }
    Immunization target = seriesRows.get(number - 1);
    if (target.isGiven()) {
      throw new ConflictProblem(
          vaccine + " dose " + number + " is already recorded (given on " + target.givenOn + ").");
    }
    if (dose.givenOn().isAfter(today)) {
      throw new DomainRuleViolation(
          "given-date-in-future", "A dose cannot be recorded before it is given.", "givenOn");
    }
    if (dose.givenOn().isBefore(birthDate)) {
      throw new DomainRuleViolation(
          "given-before-birth", "A dose cannot be given before the child's birth.", "givenOn");
    }
    LocalDate previous = number > 1 ? seriesRows.get(number - 2).givenOn : null;
    DoseRules.check(birthDate, series.get(number - 1), previous, dose.givenOn());
    target.give(dose.givenOn(), dose.facilityCode(), dose.batchNumber(), dose.by(), now);
    if (number < series.size()) {
      seriesRows
          .get(number)
          .reschedule(DoseRules.dates(birthDate, series.get(number), dose.givenOn(), graceDays));
    }
    updateNextDue(allRows);
    return target;
  }

  /** A dose as given: when, where, which batch, by whom. */
  public record Dose(LocalDate givenOn, String facilityCode, String batchNumber, String by) {}

  /**
   * Keeps {@link #nextDueOn}: the earliest due date of the open doses without a maximum age.
   *
   * @param rows every scheduled dose of the child
   */
  public void updateNextDue(Collection<Immunization> rows) {
    LocalDate next = null;
    for (Immunization i : rows) {
      if (!i.isGiven() && i.dueDate != null && i.expiresOn == null) {
        next = next == null || i.dueDate.isBefore(next) ? i.dueDate : next;
      }
    }
    nextDueOn = next;
  }

  /** The subjectRef a read of this record is audited under: the child's, else the mother's. */
  public String auditSubject() {
    return childRef != null ? childRef : motherRef;
  }

  /** Age in completed days on a date. */
  public int ageDays(LocalDate on) {
    return (int) java.time.temporal.ChronoUnit.DAYS.between(birthDate, on);
  }

  /** Whether a person ({@code subjectRef}) is this child's parent or the child. */
  public boolean isPersonOf(String subjectRef) {
    return subjectRef != null
        && (subjectRef.equals(motherRef)
            || subjectRef.equals(fatherRef)
            || subjectRef.equals(childRef));
  }
}

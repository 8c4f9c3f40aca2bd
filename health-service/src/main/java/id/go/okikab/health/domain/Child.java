package id.go.okikab.health.domain;

import id.go.okikab.platform.domain.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

  /** A live-born baby of a recorded delivery. */
  public static Child bornAt(
      Pregnancy pregnancy,
      int birthOrder,
      Pregnancy.Baby baby,
      LocalDate birthDate,
      OffsetDateTime now) {
    Child c = new Child();
    c.id = UUID.randomUUID();
    c.pregnancyId = pregnancy.id;
    c.birthOrder = birthOrder;
    c.motherRef = pregnancy.motherRef;
    c.sex = baby.sex();
    c.birthDate = birthDate;
    c.bornAt = baby.bornAt();
    c.birthWeightGrams = baby.weightGrams();
    c.birthLengthMm = baby.lengthMillimetres();
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
    c.kecamatanCode = Regions.kecamatanOf(desaCode);
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

  /** Closes the record: the child died (civil registry). */
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

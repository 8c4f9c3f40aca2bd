package id.go.okikab.civilregistry.domain;

import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A resident (penduduk) of Ogan Komering Ilir with their NIK. The NIK never changes; the record
 * moves through {@link ResidentStatus} as the person dies or moves away (and back).
 */
@Entity
@Table(name = "resident")
public class Resident {

  @Id public UUID id;

  public String nik;

  @Column(name = "subject_ref")
  public String subjectRef;

  @Column(name = "full_name")
  public String fullName;

  @Column(name = "name_key")
  public String nameKey;

  @Enumerated(EnumType.STRING)
  public Sex sex;

  @Column(name = "birth_date")
  public LocalDate birthDate;

  @Column(name = "birth_place")
  public String birthPlace;

  @Convert(converter = SiakConverters.ReligionConverter.class)
  public Religion religion;

  @Column(name = "marital_status")
  @Convert(converter = SiakConverters.MaritalStatusConverter.class)
  public MaritalStatus maritalStatus;

  @Column(name = "marriage_registered")
  public Boolean marriageRegistered;

  @Column(name = "blood_type")
  @Convert(converter = SiakConverters.BloodTypeConverter.class)
  public BloodType bloodType;

  public String occupation;

  @Column(name = "mother_ref")
  public String motherRef;

  @Column(name = "mother_name")
  public String motherName;

  @Column(name = "mother_name_key")
  public String motherNameKey;

  @Column(name = "father_ref")
  public String fatherRef;

  @Column(name = "father_name")
  public String fatherName;

  @Embedded public Address address;

  @Enumerated(EnumType.STRING)
  public ResidentStatus status;

  @Column(name = "date_of_death")
  public LocalDate dateOfDeath;

  @Enumerated(EnumType.STRING)
  public ResidentRegistered.Origin origin;

  @Column(name = "registered_at")
  public Instant registeredAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** The fields an officer may correct (with a reason), by their API names. */
  public static final java.util.List<String> CORRECTABLE =
      java.util.List.of(
          "fullName",
          "sex",
          "birthDate",
          "birthPlace",
          "religion",
          "maritalStatus",
          "marriageRegistered",
          "bloodType",
          "occupation",
          "motherName",
          "fatherName",
          "rt",
          "rw",
          "street");

  public boolean isAlive() {
    return status == ResidentStatus.ALIVE;
  }

  /**
   * @throws DomainRuleViolation {@code resident-not-alive} naming {@code field}
   */
  public void requireAlive(String field) {
    if (!isAlive()) {
      throw new DomainRuleViolation(
          "resident-not-alive",
          "Resident " + id + " is " + status.name().toLowerCase().replace('_', ' ') + ".",
          field);
    }
  }

  public void rename(String fullName) {
    this.fullName = fullName;
    this.nameKey = Names.key(fullName);
  }

  public void setMotherName(String name) {
    this.motherName = name;
    this.motherNameKey = Names.key(name);
  }

  /** The resident died: status DECEASED. */
  public void die(LocalDate dateOfDeath, Instant now) {
    requireAlive("residentId");
    if (dateOfDeath.isBefore(birthDate)) {
      throw new DomainRuleViolation(
          "death-before-birth", "The date of death is before the date of birth.", "dateOfDeath");
    }
    this.status = ResidentStatus.DECEASED;
    this.dateOfDeath = dateOfDeath;
    this.updatedAt = now;
  }

  /** The resident moved out of OKI: status MOVED_OUT (the record and NIK stay). */
  public void moveOut(Instant now) {
    requireAlive("residentIds");
    this.status = ResidentStatus.MOVED_OUT;
    this.updatedAt = now;
  }

  /** A former resident moved back in: status ALIVE again, at a new address. */
  public void moveBackIn(Address address, Instant now) {
    if (status != ResidentStatus.MOVED_OUT) {
      throw new DomainRuleViolation(
          "resident-not-moved-out",
          "This NIK belongs to a " + status.name().toLowerCase() + " resident of OKI.",
          "nik");
    }
    this.status = ResidentStatus.ALIVE;
    this.address = address;
    this.updatedAt = now;
  }

  /** A move inside OKI. */
  public void relocate(Address address, Instant now) {
    requireAlive("residentIds");
    this.address = address;
    this.updatedAt = now;
  }

  /** The correctable fields' current values as text (for correction history). */
  public Map<String, String> correctableValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("fullName", fullName);
    values.put("sex", sex.name());
    values.put("birthDate", birthDate.toString());
    values.put("birthPlace", birthPlace);
    values.put("religion", Integer.toString(religion.code()));
    values.put("maritalStatus", Integer.toString(maritalStatus.code()));
    values.put("marriageRegistered", Objects.toString(marriageRegistered, null));
    values.put("bloodType", Integer.toString(bloodType.code()));
    values.put("occupation", occupation);
    values.put("motherName", motherName);
    values.put("fatherName", fatherName);
    values.put("rt", address.rt);
    values.put("rw", address.rw);
    values.put("street", address.street);
    return values;
  }
}

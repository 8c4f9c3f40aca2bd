package id.go.okikab.civilregistry.domain;

import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ValidationProblem;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
  public static final List<String> CORRECTABLE =
      List.of(
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

  /**
   * A new resident record, ALIVE at {@code address}. The use case publishes {@code
   * ResidentRegistered} (with {@code origin}) for it.
   */
  public static Resident register(
      NewPerson person,
      String subjectRef,
      Address address,
      ResidentRegistered.Origin origin,
      Instant now) {
    Resident resident = new Resident();
    resident.id = UUID.randomUUID();
    resident.nik = person.nik();
    resident.subjectRef = subjectRef;
    resident.rename(person.fullName());
    resident.sex = person.sex();
    resident.birthDate = person.birthDate();
    resident.birthPlace = person.birthPlace();
    resident.religion = person.religion();
    resident.maritalStatus = person.maritalStatus();
    resident.marriageRegistered = person.marriageRegistered();
    resident.bloodType = person.bloodType();
    resident.occupation = person.occupation();
    resident.motherRef = person.motherRef();
    resident.setMotherName(person.motherName());
    resident.fatherRef = person.fatherRef();
    resident.fatherName = person.fatherName();
    resident.address = address;
    resident.status = ResidentStatus.ALIVE;
    resident.origin = origin;
    resident.registeredAt = now;
    resident.updatedAt = now;
    return resident;
  }

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

  /**
   * Corrects fields (by their API names, values as text) with a reason: the NIK's sex and date of
   * birth must still agree and the date of birth is not in the future. The use case stores the
   * returned correction (the old and new values of what changed) and publishes {@code
   * ResidentCorrected} with the names of the corrected fields.
   *
   * @throws ValidationProblem naming {@code changes.<field>} for an unknown field or a bad value
   * @throws DomainRuleViolation {@code nik-sex-mismatch}, {@code nik-birth-date-mismatch}, {@code
   *     nothing-to-correct}
   */
  public ResidentCorrection correct(
      Map<String, String> changes, String reason, String officer, LocalDate today, Instant now) {
    List<FieldError> unknown = new ArrayList<>();
    for (String field : changes.keySet()) {
      if (!CORRECTABLE.contains(field)) {
        unknown.add(
            new FieldError(
                "changes." + field, "is not correctable here (correctable: " + CORRECTABLE + ")"));
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(Comparator.comparing(FieldError::field));
      throw new ValidationProblem(unknown);
    }
    Map<String, String> before = correctableValues();
    changes.forEach(this::apply);
    Nik parsed = Nik.parse(nik, birthDate.plusYears(150));
    IdentifierRules.requireAgreement(parsed, sex, birthDate, "changes.sex", "changes.birthDate");
    if (birthDate.isAfter(today)) {
      throw new ValidationProblem("changes.birthDate", "must not be in the future");
    }
    Map<String, String> after = correctableValues();
    Map<String, String> oldValues = new LinkedHashMap<>();
    Map<String, String> newValues = new LinkedHashMap<>();
    before.forEach(
        (field, old) -> {
          if (!Objects.equals(old, after.get(field))) {
            oldValues.put(field, old);
            newValues.put(field, after.get(field));
          }
        });
    if (newValues.isEmpty()) {
      throw new DomainRuleViolation(
          "nothing-to-correct", "The changes equal the current values.", "changes");
    }
    updatedAt = now;
    return ResidentCorrection.of(id, officer, reason, oldValues, newValues, now);
  }

  private void apply(String field, String value) {
    String path = "changes." + field;
    switch (field) {
      case "fullName" -> rename(requireName(value, path, true));
      case "sex" -> {
        try {
          sex = Sex.valueOf(required(value, path));
        } catch (IllegalArgumentException e) {
          throw new ValidationProblem(path, "must be MALE or FEMALE");
        }
      }
      case "birthDate" -> {
        try {
          birthDate = LocalDate.parse(required(value, path));
        } catch (DateTimeParseException e) {
          throw new ValidationProblem(path, "must be a date (yyyy-MM-dd)");
        }
      }
      case "birthPlace" -> birthPlace = limit(required(value, path), 80, path);
      case "religion" -> religion = SiakCodes.religion(required(value, path), path);
      case "maritalStatus" -> maritalStatus = SiakCodes.maritalStatus(required(value, path), path);
      case "marriageRegistered" -> {
        if (value == null || value.isBlank()) {
          marriageRegistered = null;
        } else if (value.equals("true") || value.equals("false")) {
          marriageRegistered = Boolean.valueOf(value);
        } else {
          throw new ValidationProblem(path, "must be true, false or empty");
        }
      }
      case "bloodType" -> bloodType = SiakCodes.bloodType(required(value, path), path);
      case "occupation" -> occupation = limit(Text.blankToNull(value), 80, path);
      case "motherName" -> setMotherName(requireName(value, path, false));
      case "fatherName" -> fatherName = requireName(value, path, false);
      case "rt" -> address.rt = digits(value, path);
      case "rw" -> address.rw = digits(value, path);
      case "street" -> address.street = limit(Text.blankToNull(value), 200, path);
      default -> throw new ValidationProblem(path, "is not correctable here");
    }
  }

  private static String required(String value, String path) {
    if (value == null || value.isBlank()) {
      throw new ValidationProblem(path, "must not be blank");
    }
    return value.trim();
  }

  private static String requireName(String value, String path, boolean mandatory) {
    String name = mandatory ? required(value, path) : Text.blankToNull(value);
    if (name != null && (name.length() > 120 || !name.matches(Names.PATTERN))) {
      throw new ValidationProblem(path, Names.PATTERN_MESSAGE);
    }
    return name;
  }

  private static String limit(String value, int max, String path) {
    if (value != null && value.length() > max) {
      throw new ValidationProblem(path, "size must be between 0 and " + max);
    }
    return value;
  }

  private static String digits(String value, String path) {
    String v = Text.blankToNull(value);
    if (v != null && !v.matches("\\d{1,3}")) {
      throw new ValidationProblem(path, "must be 1-3 digits");
    }
    return v;
  }

  /** The resident died: status DECEASED (the death registration publishes DeathRegistered). */
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

  /**
   * The resident moved out of OKI: status MOVED_OUT (the record and NIK stay); the move publishes
   * ResidentMovedOut.
   */
  public void moveOut(Instant now) {
    requireAlive("residentIds");
    this.status = ResidentStatus.MOVED_OUT;
    this.updatedAt = now;
  }

  /**
   * A former resident moved back in: status ALIVE again, at a new address; the move publishes
   * ResidentMovedIn ({@code returning}).
   */
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

  /** A move inside OKI; the move publishes ResidentMovedWithinRegency. */
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

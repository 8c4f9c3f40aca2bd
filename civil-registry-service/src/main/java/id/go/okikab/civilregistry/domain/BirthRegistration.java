package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A birth registration (pencatatan kelahiran): declared by a citizen for their own family, by an
 * officer, or opened as a DRAFT from health.BirthReported. Registering it makes the child a
 * resident with a new NIK on the family card and issues the akta kelahiran.
 */
@Entity
@Table(name = "birth_registration")
public class BirthRegistration extends Registration {

  @Column(name = "child_name")
  public String childName;

  @Column(name = "child_name_key")
  public String childNameKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "child_sex")
  public Sex childSex;

  @Column(name = "birth_date")
  public LocalDate birthDate;

  @Column(name = "birth_time")
  public LocalTime birthTime;

  @Column(name = "birth_place")
  public String birthPlace;

  @Column(name = "birth_desa_code")
  public String birthDesaCode;

  /** The child's relationship to the head of the family card (usually CHILD, or GRANDCHILD). */
  @Convert(converter = SiakConverters.RelationshipConverter.class)
  public FamilyRelationship relationship;

  @Column(name = "mother_resident_id")
  public UUID motherResidentId;

  @Column(name = "mother_ref")
  public String motherRef;

  @Column(name = "mother_name")
  public String motherName;

  @Column(name = "father_resident_id")
  public UUID fatherResidentId;

  @Column(name = "father_ref")
  public String fatherRef;

  @Column(name = "father_name")
  public String fatherName;

  @Column(name = "health_pregnancy_id")
  public String healthPregnancyId;

  @Column(name = "health_child_id")
  public String healthChildId;

  /** Same name, birth date and mother as a resident or another open registration. */
  @Column(name = "duplicate_suspect")
  public boolean duplicateSuspect;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "duplicate_candidates")
  public List<String> duplicateCandidates = new ArrayList<>();

  @Column(name = "child_resident_id")
  public UUID childResidentId;

  /**
   * A declaration (or its completion): the family card the child joins, the child, the parents.
   * {@code birthDesaCode} is checked by the caller against the region data.
   */
  public record Declaration(
      Family family,
      String childName,
      Sex sex,
      LocalDate birthDate,
      LocalTime birthTime,
      String birthPlace,
      String birthDesaCode,
      FamilyRelationship relationship,
      Parent mother,
      Parent father) {}

  /** A parent as declared: their resident record, or only a name ({@code null}: not given). */
  public record Parent(Resident resident, String name) {}

  /**
   * What health's BirthReported tells of a live birth: the child's sex, when (WIB) and where it was
   * born, the mother by subjectRef and — when she is a resident — her record and family.
   */
  public record HealthReport(
      String pregnancyId,
      String childId,
      String motherRef,
      Sex sex,
      ZonedDateTime bornAt,
      String birthDesaCode,
      String birthPlace,
      Resident mother,
      UUID familyId,
      Instant reportedAt) {}

  @Override
  public RegistrationTransition.Kind kind() {
    return RegistrationTransition.Kind.BIRTH;
  }

  @Override
  public LocalDate eventDate() {
    return birthDate;
  }

  /**
   * A citizen's or an officer's declaration: SUBMITTED.
   *
   * @throws DomainRuleViolation the rules of {@link #amend}
   */
  public static Opened<BirthRegistration> declare(
      Declaration declaration, Declarant declarant, Instant now, ZoneId zone, int lateAfterDays) {
    BirthRegistration registration = new BirthRegistration();
    Transition opened = registration.open(RegistrationStatus.SUBMITTED, declarant, now, now);
    registration.amend(declaration, zone, lateAfterDays);
    return new Opened<>(registration, opened);
  }

  /**
   * A DRAFT from health's report of a live birth, prefilled with what the report tells; the parents
   * or an officer complete it ({@link #amend} and {@link #submit}).
   */
  public static Opened<BirthRegistration> fromHealth(
      HealthReport report, Instant now, ZoneId zone, int lateAfterDays) {
    BirthRegistration registration = new BirthRegistration();
    Transition opened =
        registration.open(RegistrationStatus.DRAFT, Declarant.health(), report.reportedAt(), now);
    registration.childSex = report.sex();
    registration.birthDate = report.bornAt().toLocalDate();
    registration.birthTime = report.bornAt().toLocalTime().withNano(0);
    registration.relationship = FamilyRelationship.CHILD;
    registration.healthPregnancyId = report.pregnancyId();
    registration.healthChildId = report.childId();
    registration.motherRef = report.motherRef();
    registration.birthDesaCode = report.birthDesaCode();
    registration.birthPlace = report.birthPlace();
    if (report.mother() != null) {
      registration.motherResidentId = report.mother().id;
      registration.motherName = report.mother().fullName;
      registration.familyId = report.familyId();
    }
    registration.late = registration.reportedLate(zone, lateAfterDays);
    return new Opened<>(registration, opened);
  }

  /**
   * Sets what the declaration says. A mother given by name only keeps the subjectRef a health
   * report gave; the date of birth decides {@code late} again.
   *
   * @throws DomainRuleViolation {@code family-not-active}, {@code child-relationship-invalid},
   *     {@code mother-sex-mismatch} / {@code father-sex-mismatch}, {@code parent-born-after-child},
   *     {@code mother-required}
   */
  public void amend(Declaration declaration, ZoneId zone, int lateAfterDays) {
    declaration.family().requireActive("familyId");
    familyId = declaration.family().id;
    nameChild(declaration.childName());
    childSex = declaration.sex();
    birthDate = declaration.birthDate();
    birthTime = declaration.birthTime();
    birthPlace = declaration.birthPlace();
    if (declaration.birthDesaCode() != null) {
      birthDesaCode = declaration.birthDesaCode();
    }
    FamilyRelationship child = declaration.relationship();
    if (child == FamilyRelationship.HEAD || child.isSpouse()) {
      throw new DomainRuleViolation(
          "child-relationship-invalid",
          "A newborn joins the card as a child, grandchild or other relative, not as "
              + child.label()
              + ".",
          "relationship");
    }
    relationship = child;
    Parent mother = declaration.mother();
    if (mother != null && mother.resident() != null) {
      Resident resident = requireParent(mother.resident(), Sex.FEMALE, "mother");
      motherResidentId = resident.id;
      motherRef = resident.subjectRef;
      motherName = resident.fullName;
    } else if (mother != null && mother.name() != null) {
      motherResidentId = null;
      motherName = mother.name();
    }
    if (motherRef == null && motherName == null) {
      throw new DomainRuleViolation(
          "mother-required",
          "The birth certificate names the mother: give her resident id or her name.",
          "mother");
    }
    Parent father = declaration.father();
    if (father != null && father.resident() != null) {
      Resident resident = requireParent(father.resident(), Sex.MALE, "father");
      fatherResidentId = resident.id;
      fatherRef = resident.subjectRef;
      fatherName = resident.fullName;
    } else if (father != null && father.name() != null) {
      fatherResidentId = null;
      fatherRef = null;
      fatherName = father.name();
    }
    late = reportedLate(zone, lateAfterDays);
  }

  private Resident requireParent(Resident parent, Sex sex, String field) {
    if (parent.sex != sex) {
      throw new DomainRuleViolation(
          field + "-sex-mismatch",
          "The " + field + " must be " + sex.name().toLowerCase() + ".",
          field + ".residentId");
    }
    if (!parent.birthDate.isBefore(birthDate)) {
      throw new DomainRuleViolation(
          "parent-born-after-child",
          "The " + field + " was not born before the child.",
          field + ".residentId");
    }
    return parent;
  }

  /**
   * A citizen completes a health DRAFT: they become its declarant (a declaration keeps its own).
   */
  public void completedBy(String citizenRef) {
    if (declarantRef == null) {
      declarantRef = citizenRef;
    }
  }

  /**
   * The residents and open registrations this one may duplicate (same child, day and mother); a
   * registration flagged so needs an explicit review to be approved.
   */
  public void suspectDuplicates(List<String> candidates) {
    duplicateCandidates = candidates;
    duplicateSuspect = !candidates.isEmpty();
  }

  /**
   * @throws DomainRuleViolation {@code possible-duplicate-person} when flagged and not reviewed
   */
  public void requireDuplicateReviewed(boolean reviewed) {
    if (duplicateSuspect && !reviewed) {
      throw new DomainRuleViolation(
          "possible-duplicate-person",
          "A child with the same name, date of birth and mother is registered or declared"
              + " already (duplicateCandidates). Check it; approve with duplicateReviewed = true"
              + " only if this is another child, otherwise reject.",
          "duplicateReviewed");
    }
  }

  /**
   * APPROVED → REGISTERED: the child is the resident {@code child} and has the akta kelahiran
   * {@code certificate}. The workflow publishes BirthRegistered and RegistrationStatusChanged.
   */
  public Transition register(Resident child, Certificate certificate, Instant now) {
    Transition transition = complete(certificate.id, now);
    childResidentId = child.id;
    return transition;
  }

  public void nameChild(String name) {
    childName = name;
    childNameKey = Names.key(name);
  }
}

package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
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

  public void nameChild(String name) {
    childName = name;
    childNameKey = Names.key(name);
  }
}

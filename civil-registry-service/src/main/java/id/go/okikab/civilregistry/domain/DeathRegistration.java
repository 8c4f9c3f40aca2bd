package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A death registration (pencatatan kematian): declared by a citizen for a member of their own
 * family or by an officer, on a death statement from a doctor or the desa/lurah. Registering it
 * makes the resident DECEASED, takes them off the family card and issues the akta kematian.
 */
@Entity
@Table(name = "death_registration")
public class DeathRegistration extends Registration {

  /** Who issued the death statement (surat keterangan kematian). */
  public enum StatementIssuer {
    DOCTOR,
    DESA
  }

  @Column(name = "resident_id")
  public UUID residentId;

  @Column(name = "date_of_death")
  public LocalDate dateOfDeath;

  @Column(name = "place_of_death")
  public String placeOfDeath;

  @Enumerated(EnumType.STRING)
  @Column(name = "statement_issuer")
  public StatementIssuer statementIssuer;

  @Column(name = "statement_reference")
  public String statementReference;

  /** The member who becomes head when the deceased was the head (else the successor rule). */
  @Column(name = "new_head_resident_id")
  public UUID newHeadResidentId;
}

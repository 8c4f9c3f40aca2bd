package id.go.okikab.civilregistry.domain;

import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A family card with its KK number, in force from {@link #validFrom} until {@link #validTo}. */
@Entity
@Table(name = "family_card")
public class FamilyCard {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "family_id")
  public Family family;

  @Column(name = "kk_number")
  public String kkNumber;

  @Enumerated(EnumType.STRING)
  public FamilyCardIssued.Reason reason;

  @Column(name = "head_resident_id")
  public UUID headResidentId;

  @Column(name = "previous_card_id")
  public UUID previousCardId;

  @Column(name = "valid_from")
  public Instant validFrom;

  @Column(name = "valid_to")
  public Instant validTo;

  public boolean isCurrent() {
    return validTo == null;
  }
}

package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.FamilyRelationship;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One membership of a resident on a family card, with its relationship (SHDK) to the head. */
@Entity
@Table(name = "family_member")
public class FamilyMember {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "family_id")
  public Family family;

  @Column(name = "resident_id")
  public UUID residentId;

  @Convert(converter = SiakConverters.RelationshipConverter.class)
  public FamilyRelationship relationship;

  @Column(name = "joined_at")
  public Instant joinedAt;

  @Column(name = "join_reason")
  public String joinReason;

  @Column(name = "left_at")
  public Instant leftAt;

  @Column(name = "leave_reason")
  public String leaveReason;

  public boolean isCurrent() {
    return leftAt == null;
  }

  public boolean isHead() {
    return isCurrent() && relationship == FamilyRelationship.HEAD;
  }
}

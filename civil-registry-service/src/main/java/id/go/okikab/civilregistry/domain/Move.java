package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A completed move of one or more residents, recorded by an officer. */
@Entity
@Table(name = "move")
public class Move {

  @Id public UUID id;

  public String number;

  @Enumerated(EnumType.STRING)
  public MoveKind kind;

  public String reason;

  @Column(name = "from_desa_code")
  public String fromDesaCode;

  @Column(name = "to_desa_code")
  public String toDesaCode;

  @Column(name = "origin_regency_code")
  public String originRegencyCode;

  @Column(name = "destination_regency_code")
  public String destinationRegencyCode;

  /** The SKPWNI number: issued here for a move out, brought along for a move in. */
  @Column(name = "skpwni_number")
  public String skpwniNumber;

  @Column(name = "certificate_id")
  public UUID certificateId;

  /** The family the movers belong to after the move (none for a move out). */
  @Column(name = "family_id")
  public UUID familyId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "resident_ids")
  public List<String> residentIds = new ArrayList<>();

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public Instant recordedAt;
}

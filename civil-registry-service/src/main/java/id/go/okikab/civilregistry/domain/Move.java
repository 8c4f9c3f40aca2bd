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

  /**
   * A move to another address inside OKI; each mover's ResidentMovedWithinRegency is published once
   * the move is {@link #done}.
   */
  public static Move within(
      String number, String reason, String fromDesa, String toDesa, String by, Instant now) {
    Move move = start(MoveKind.WITHIN_REGENCY, number, reason, by, now);
    move.fromDesaCode = fromDesa;
    move.toDesaCode = toDesa;
    return move;
  }

  /** A move out of OKI; each mover's ResidentMovedOut is published, and an SKPWNI issued. */
  public static Move out(
      String number,
      String reason,
      String fromDesa,
      String destinationRegency,
      String by,
      Instant now) {
    Move move = start(MoveKind.OUT_OF_REGENCY, number, reason, by, now);
    move.fromDesaCode = fromDesa;
    move.destinationRegencyCode = destinationRegency;
    return move;
  }

  /** A move into OKI with the origin's SKPWNI; each mover's ResidentMovedIn is published. */
  public static Move in(
      String number,
      String reason,
      String originRegency,
      String toDesa,
      String skpwniNumber,
      String by,
      Instant now) {
    Move move = start(MoveKind.INTO_REGENCY, number, reason, by, now);
    move.originRegencyCode = originRegency;
    move.toDesaCode = toDesa;
    move.skpwniNumber = skpwniNumber;
    return move;
  }

  private static Move start(MoveKind kind, String number, String reason, String by, Instant now) {
    Move move = new Move();
    move.id = UUID.randomUUID();
    move.kind = kind;
    move.number = number;
    move.reason = reason;
    move.recordedBy = by;
    move.recordedAt = now;
    return move;
  }

  /** The SKPWNI this registry issued for a move out. */
  public void documented(Certificate skpwni) {
    certificateId = skpwni.id;
    skpwniNumber = skpwni.number;
  }

  /**
   * Who moved, and the family they belong to afterwards ({@code null} for a move out): the move is
   * complete.
   */
  public void done(UUID familyId, List<Resident> movers) {
    this.familyId = familyId;
    this.residentIds = movers.stream().map(r -> r.id.toString()).toList();
  }
}

package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A correction of a resident's data: old and new values of each corrected field, and why. */
@Entity
@Table(name = "resident_correction")
public class ResidentCorrection {

  @Id public UUID id;

  @Column(name = "resident_id")
  public UUID residentId;

  @Column(name = "corrected_at")
  public Instant correctedAt;

  public String officer;

  public String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "old_values")
  public Map<String, String> oldValues;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "new_values")
  public Map<String, String> newValues;

  /** The record of a correction ({@link Resident#correct}). */
  static ResidentCorrection of(
      UUID residentId,
      String officer,
      String reason,
      Map<String, String> oldValues,
      Map<String, String> newValues,
      Instant now) {
    ResidentCorrection correction = new ResidentCorrection();
    correction.id = UUID.randomUUID();
    correction.residentId = residentId;
    correction.correctedAt = now;
    correction.officer = officer;
    correction.reason = reason;
    correction.oldValues = oldValues;
    correction.newValues = newValues;
    return correction;
  }
}

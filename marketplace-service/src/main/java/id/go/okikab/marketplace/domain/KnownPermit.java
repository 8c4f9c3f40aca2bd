package id.go.okikab.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A business permit of DPMPTSP known by its NIB (from permits.permit.v1), kept whether or not a
 * shop with the NIB exists yet.
 */
@Entity
@Table(name = "known_permit")
public class KnownPermit {

  public enum Status {
    ISSUED,
    SUSPENDED,
    REVOKED
  }

  @Id
  @Column(name = "permit_id")
  public String permitId;

  public String nib;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "valid_until")
  public LocalDate validUntil;

  @Column(name = "changed_at")
  public OffsetDateTime changedAt;
}

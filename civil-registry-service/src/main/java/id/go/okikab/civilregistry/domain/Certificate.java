package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document issued by the registry, with a number and an unguessable verification code that anyone
 * may check at {@code /api/v1/certificates/verify/{code}}.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  /** Whether the document is still valid. */
  public enum Status {
    VALID,
    REVOKED
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public CertificateType type;

  public String number;

  @Column(name = "verification_code")
  public String verificationCode;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "issued_at")
  public Instant issuedAt;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "resident_id")
  public UUID residentId;

  @Column(name = "name_on_document")
  public String nameOnDocument;

  /** The registration or move the document was issued for. */
  @Column(name = "source_id")
  public UUID sourceId;

  /**
   * A VALID document for {@code resident} in the name they have today, for the registration or move
   * {@code sourceId}. Publishes nothing itself: the registration or move it documents does.
   */
  public static Certificate issue(
      CertificateType type,
      String number,
      String verificationCode,
      Resident resident,
      UUID sourceId,
      LocalDate today,
      Instant now) {
    Certificate certificate = new Certificate();
    certificate.id = UUID.randomUUID();
    certificate.type = type;
    certificate.number = number;
    certificate.verificationCode = verificationCode;
    certificate.status = Status.VALID;
    certificate.issuedAt = now;
    certificate.issuedOn = today;
    certificate.residentId = resident.id;
    certificate.nameOnDocument = resident.fullName;
    certificate.sourceId = sourceId;
    return certificate;
  }
}

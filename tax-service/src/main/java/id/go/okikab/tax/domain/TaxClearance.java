package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.TaxClearanceIssued;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A tax clearance (keterangan bebas tunggakan), issued only to a taxpayer with no overdue bill. */
@Entity
@Table(name = "tax_clearance")
public class TaxClearance {

  @Id public UUID id;

  public String number;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "verification_code")
  public String verificationCode;

  @Column(name = "issued_at")
  public OffsetDateTime issuedAt;

  @Column(name = "valid_until")
  public LocalDate validUntil;

  @Column(name = "issued_by")
  public String issuedBy;

  public TaxClearanceIssued event(Taxpayer taxpayer) {
    return new TaxClearanceIssued(
        id.toString(),
        taxpayer.id.toString(),
        taxpayer.subjectRef,
        taxpayer.nib,
        validUntil,
        issuedAt);
  }
}

package id.go.okikab.tax.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One payment notified by the bank, with its receipt (bukti bayar) and verification code. */
@Entity
@Table(name = "payment")
public class Payment {

  @Id public UUID id;

  @Column(name = "bill_id")
  public UUID billId;

  public String provider;

  public String reference;

  public String channel;

  public long amount;

  public long interest;

  public long principal;

  public long credit;

  @Column(name = "paid_at")
  public OffsetDateTime paidAt;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "receipt_number")
  public String receiptNumber;

  @Column(name = "verification_code")
  public String verificationCode;
}

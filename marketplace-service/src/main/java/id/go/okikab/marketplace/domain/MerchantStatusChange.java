package id.go.okikab.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a shop's status history: who (token subject or event source), when, why. */
@Entity
@Table(name = "merchant_status_change")
public class MerchantStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "merchant_id")
  public UUID merchantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public MerchantStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public MerchantStatus toStatus;

  public String actor;

  public String reason;

  public OffsetDateTime at;

  public static MerchantStatusChange of(
      UUID merchantId,
      MerchantStatus from,
      MerchantStatus to,
      String actor,
      String reason,
      OffsetDateTime at) {
    MerchantStatusChange c = new MerchantStatusChange();
    c.merchantId = merchantId;
    c.fromStatus = from;
    c.toStatus = to;
    c.actor = actor;
    c.reason = reason;
    c.at = at;
    return c;
  }
}

package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.TaxReturnFiled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A PBJT monthly return (SPTPD); an amendment supersedes the return it replaces. */
@Entity
@Table(name = "tax_return")
public class TaxReturn {

  @Id public UUID id;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "tax_type")
  public String taxType;

  public String period;

  @Column(name = "tax_base")
  public long taxBase;

  @Column(name = "rate_ppm")
  public int ratePpm;

  public long amount;

  public boolean amended;

  @Column(name = "replaces_id")
  public UUID replacesId;

  public boolean superseded;

  @Column(name = "bill_id")
  public UUID billId;

  @Column(name = "filed_at")
  public OffsetDateTime filedAt;

  @Column(name = "filed_by")
  public String filedBy;

  @Version public long version;

  /** PBJT = rate × base, rounded down to the rupiah (domain.md §3.4). */
  public static long pbjt(long base, int ratePpm) {
    return Math.multiplyExact(base, ratePpm) / 1_000_000L;
  }

  public TaxReturnFiled event(Taxpayer taxpayer) {
    return new TaxReturnFiled(
        id.toString(),
        taxpayer.id.toString(),
        taxpayer.nib,
        taxpayer.subjectRef,
        taxType,
        period,
        taxBase,
        amount,
        amended,
        billId == null ? null : billId.toString(),
        filedAt);
  }
}

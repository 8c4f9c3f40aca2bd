package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.AssessmentIssued;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The SPPT PBB-P2 of one object and year, with the figures it was computed from. */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id public UUID id;

  @Column(name = "tax_object_id")
  public UUID taxObjectId;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "tax_year")
  public int taxYear;

  public long njop;

  public long njoptkp;

  public long base;

  @Column(name = "rate_ppm")
  public int ratePpm;

  @Column(name = "assessed_percent")
  public int assessedPercent;

  public long amount;

  @Column(name = "bill_id")
  public UUID billId;

  @Column(name = "run_id")
  public UUID runId;

  @Column(name = "issued_at")
  public OffsetDateTime issuedAt;

  public static Assessment of(
      UUID id,
      TaxObject object,
      PbbRule rule,
      PbbCalculation c,
      UUID billId,
      UUID runId,
      OffsetDateTime now) {
    Assessment a = new Assessment();
    a.id = id;
    a.taxObjectId = object.id;
    a.taxpayerId = object.taxpayerId;
    a.taxYear = rule.taxYear();
    a.njop = c.njop();
    a.njoptkp = c.njoptkp();
    a.base = c.base();
    a.ratePpm = rule.ratePpm();
    a.assessedPercent = rule.assessedPercent();
    a.amount = c.amount();
    a.billId = billId;
    a.runId = runId;
    a.issuedAt = now;
    return a;
  }

  public AssessmentIssued event(TaxObject object) {
    return new AssessmentIssued(
        id.toString(),
        taxpayerId.toString(),
        taxObjectId.toString(),
        object.nop,
        taxYear,
        njop,
        amount,
        billId.toString(),
        object.desaCode,
        issuedAt);
  }
}

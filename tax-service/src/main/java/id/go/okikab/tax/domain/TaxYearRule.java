package id.go.okikab.tax.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The reference data of one tax year (rates, NJOPTKP, minimum payable, due dates, interest, PBJT
 * and BPHTB rates), loaded by migration and edited by a tax officer; every edit is kept in {@code
 * tax_year_rule_history}. Bills copy what they need when issued: an edit never changes an issued
 * bill.
 */
@Entity
@Table(name = "tax_year_rule")
public class TaxYearRule {

  @Id
  @Column(name = "tax_year")
  public int taxYear;

  @Column(name = "pbb_rate_ppm")
  public int pbbRatePpm;

  @Column(name = "pbb_assessed_percent")
  public int pbbAssessedPercent;

  public long njoptkp;

  @Column(name = "minimum_payable")
  public long minimumPayable;

  @Column(name = "pbb_due_date")
  public LocalDate pbbDueDate;

  @Column(name = "interest_percent_per_month")
  public int interestPercentPerMonth;

  @Column(name = "interest_max_months")
  public int interestMaxMonths;

  @Column(name = "pbjt_due_day")
  public int pbjtDueDay;

  /** Rate per PBJT sub-type ({@link PbjtType} name), parts per million. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "pbjt_rates")
  public Map<String, Integer> pbjtRates;

  @Column(name = "bphtb_rate_ppm")
  public int bphtbRatePpm;

  @Column(name = "npoptkp_first")
  public long npoptkpFirst;

  @Column(name = "npoptkp_inheritance")
  public long npoptkpInheritance;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  @Version public long version;

  /** The PBB-P2 rule of the year (checked: rate ≤ 0.5%, p 20–100%, NJOPTKP ≥ Rp10,000,000). */
  public PbbRule pbb() {
    return new PbbRule(
        taxYear,
        pbbRatePpm,
        pbbAssessedPercent,
        njoptkp,
        minimumPayable,
        pbbDueDate,
        interestPercentPerMonth,
        interestMaxMonths);
  }

  public Optional<Integer> pbjtRate(PbjtType type) {
    return Optional.ofNullable(pbjtRates == null ? null : pbjtRates.get(type.name()));
  }
}

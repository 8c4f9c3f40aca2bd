package id.go.okikab.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** A permit type of the catalogue (data: {@code permit_type}). */
@Entity
@Table(name = "permit_type")
public class PermitType {

  /** How the fee is found. */
  public enum FeeRule {
    NONE,
    FIXED,
    PBG
  }

  @Id public String code;

  public String name;

  public String category;

  @Column(name = "legal_basis")
  public String legalBasis;

  @Column(name = "location_bound")
  public boolean locationBound;

  /** An OSS permit under PP 28/2025: a missed SLA means "deemed approved" (fiktif positif). */
  public boolean oss;

  @Column(name = "sla_working_days")
  public int slaWorkingDays;

  @Column(name = "required_documents")
  public String requiredDocuments;

  @Column(name = "fee_rule")
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  public FeeRule feeRule;

  @Column(name = "fee_fixed")
  public Long feeFixed;

  @Column(name = "pbg_shst")
  public Long pbgShst;

  @Column(name = "pbg_locality_index")
  public BigDecimal pbgLocalityIndex;

  @Column(name = "validity_months")
  public Integer validityMonths;

  @Column(name = "risk_level")
  public String riskLevel;

  public List<String> requiredDocumentList() {
    return requiredDocuments == null || requiredDocuments.isBlank()
        ? List.of()
        : Arrays.stream(requiredDocuments.split(",")).map(String::strip).toList();
  }

  public boolean business() {
    return "BUSINESS".equals(category);
  }

  /**
   * The fee of an application of this type.
   *
   * @throws IllegalArgumentException for a PBG fee without the indices or the floor area
   */
  public long fee(BigDecimal floorAreaM2, BigDecimal integratedIndex, BigDecimal builtStateIndex) {
    return switch (feeRule) {
      case NONE -> 0L;
      case FIXED -> feeFixed;
      case PBG ->
          PbgRetribution.amount(
              floorAreaM2, pbgShst, pbgLocalityIndex, integratedIndex, builtStateIndex);
    };
  }
}

package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.TaxReturnFiled;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A BPHTB declaration (SSPD): billed when declared, then validated by a tax officer. */
@Entity
@Table(name = "bphtb_declaration")
public class BphtbDeclaration {

  public enum Status {
    DECLARED,
    VALIDATED
  }

  @Id public UUID id;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "tax_object_id")
  public UUID taxObjectId;

  @Enumerated(EnumType.STRING)
  public Bphtb.Acquisition acquisition;

  @Column(name = "acquired_on")
  public LocalDate acquiredOn;

  @Column(name = "transaction_value")
  public Long transactionValue;

  public long njop;

  public long npop;

  public long npoptkp;

  @Column(name = "rate_ppm")
  public int ratePpm;

  public long amount;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "bill_id")
  public UUID billId;

  @Column(name = "declared_at")
  public OffsetDateTime declaredAt;

  @Column(name = "declared_by")
  public String declaredBy;

  @Column(name = "validated_at")
  public OffsetDateTime validatedAt;

  @Column(name = "validated_by")
  public String validatedBy;

  @Version public long version;

  /** The officer's validation (NJOP checked against the price). */
  public void validate(OffsetDateTime now, String actor) {
    if (status != Status.DECLARED) {
      throw new DomainRuleViolation(
          "declaration-validated", "This declaration is validated already.", null);
    }
    status = Status.VALIDATED;
    validatedAt = now;
    validatedBy = actor;
  }

  public TaxReturnFiled event(Taxpayer taxpayer) {
    return new TaxReturnFiled(
        id.toString(),
        taxpayer.id.toString(),
        taxpayer.nib,
        taxpayer.subjectRef,
        "BPHTB",
        String.format("%04d-%02d", acquiredOn.getYear(), acquiredOn.getMonthValue()),
        npop,
        amount,
        false,
        billId.toString(),
        declaredAt);
  }
}

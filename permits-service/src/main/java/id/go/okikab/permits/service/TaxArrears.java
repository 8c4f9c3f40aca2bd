package id.go.okikab.permits.service;

import id.go.okikab.contracts.tax.BillOverdue;
import id.go.okikab.contracts.tax.BillPaid;
import id.go.okikab.contracts.tax.TaxClearanceIssued;
import id.go.okikab.permits.domain.PermitApplication;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The local view of each applicant's overdue regional tax, fed by the tax service's events (through
 * the inbox): a bill is in arrears from {@code BillOverdue} until a settling {@code BillPaid} or a
 * later {@code TaxClearanceIssued}. Submission and issuance are refused meanwhile.
 */
@ApplicationScoped
public class TaxArrears {

  /** The problem type of the block. */
  public static final String OUTSTANDING = "tax-arrears-outstanding";

  private final EntityManager em;
  private final Clock clock;

  public TaxArrears(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void overdue(BillOverdue e) {
    em.createNativeQuery(
            "INSERT INTO tax_arrear (bill_id, subject_ref, nib, tax_type, outstanding,"
                + " overdue_since, cleared, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, FALSE, ?7)"
                + " ON CONFLICT (bill_id) DO UPDATE SET outstanding = EXCLUDED.outstanding,"
                + " updated_at = EXCLUDED.updated_at")
        .setParameter(1, e.billId())
        .setParameter(2, e.subjectRef())
        .setParameter(3, e.nib())
        .setParameter(4, e.taxType())
        .setParameter(5, e.outstanding())
        .setParameter(6, e.overdueSince())
        .setParameter(7, OffsetDateTime.now(clock))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void paid(BillPaid e) {
    em.createNativeQuery(
            "UPDATE tax_arrear SET outstanding = ?2, cleared = ?3, updated_at = ?4 WHERE bill_id = ?1")
        .setParameter(1, e.billId())
        .setParameter(2, e.outstanding())
        .setParameter(3, e.settled() || e.outstanding() == 0)
        .setParameter(4, OffsetDateTime.now(clock))
        .executeUpdate();
  }

  /** A clearance says the taxpayer had no overdue bill when it was issued. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cleared(TaxClearanceIssued e) {
    em.createNativeQuery(
            "UPDATE tax_arrear SET cleared = TRUE, updated_at = ?3 WHERE NOT cleared AND"
                + " ((CAST(?1 AS TEXT) IS NOT NULL AND subject_ref = ?1)"
                + " OR (CAST(?2 AS TEXT) IS NOT NULL AND nib = ?2))"
                + " AND overdue_since <= ?4")
        .setParameter(1, e.subjectRef())
        .setParameter(2, e.nib())
        .setParameter(3, OffsetDateTime.now(clock))
        .setParameter(4, e.issuedAt().toLocalDate())
        .executeUpdate();
  }

  /** Total overdue principal of a person or business (rupiah). */
  @Transactional
  public long outstanding(String subjectRef, String nib) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT coalesce(sum(outstanding), 0) FROM tax_arrear WHERE NOT cleared AND"
                        + " ((CAST(?1 AS TEXT) IS NOT NULL AND subject_ref = ?1)"
                        + " OR (CAST(?2 AS TEXT) IS NOT NULL AND nib = ?2))")
                .setParameter(1, subjectRef)
                .setParameter(2, nib)
                .getSingleResult();
    return n.longValue();
  }

  /**
   * @throws DomainRuleViolation 422 {@value #OUTSTANDING} while the applicant has overdue tax
   */
  public void requireNone(PermitApplication application) {
    long owed =
        outstanding(
            "PERSON".equals(application.applicantKind) ? application.ownerRef : null,
            application.nib);
    if (owed > 0) {
      throw new DomainRuleViolation(
          OUTSTANDING,
          "The applicant has overdue regional tax of Rp"
              + owed
              + " (Bapenda OKI); pay it, or obtain a tax clearance, first.");
    }
  }
}

package id.go.okikab.permits.service;

import id.go.okikab.permits.domain.PermitType;
import id.go.okikab.permits.repository.PermitTypeRepository;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The catalogue of permit types and the risk levels of business activities (data). */
@ApplicationScoped
public class CatalogService {

  /** What each risk level requires (PP 28/2025, domain.md §4.1). */
  public static final Map<String, String> REQUIRES =
      Map.of(
          "RENDAH", "NIB only",
          "MENENGAH_RENDAH", "NIB + Sertifikat Standar by self-declaration",
          "MENENGAH_TINGGI", "NIB + Sertifikat Standar verified by the authority",
          "TINGGI", "NIB + Izin (approval after verification)");

  private final PermitTypeRepository types;
  private final EntityManager em;

  public CatalogService(PermitTypeRepository types, EntityManager em) {
    this.types = types;
    this.em = em;
  }

  /** A catalogue entry. */
  public record PermitTypeView(
      String code,
      String name,
      String category,
      String legalBasis,
      boolean locationBound,
      boolean oss,
      int slaWorkingDays,
      List<String> requiredDocuments,
      String feeRule,
      Long feeFixed,
      Long pbgShst,
      BigDecimal pbgLocalityIndex,
      Integer validityMonths,
      String riskLevel) {}

  /** The risk of a KBLI at a business scale and what it requires. */
  public record RiskView(String kbli, String scale, String riskLevel, String requires) {}

  @Transactional
  public Page<PermitTypeView> list(PageRequest paging) {
    return Pages.of(types.findAll(Sort.by("code")), paging, CatalogService::view);
  }

  @Transactional
  public PermitTypeView get(String code) {
    return view(
        types.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem("permit type", code)));
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public RiskView risk(String kbli, String scale) {
    List<String> rows =
        em.createNativeQuery("SELECT risk_level FROM business_risk WHERE kbli = ?1 AND scale = ?2")
            .setParameter(1, kbli)
            .setParameter(2, scale)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundProblem("business risk", kbli + "/" + scale);
    }
    return new RiskView(kbli, scale, rows.get(0), REQUIRES.get(rows.get(0)));
  }

  static PermitTypeView view(PermitType t) {
    return new PermitTypeView(
        t.code,
        t.name,
        t.category,
        t.legalBasis,
        t.locationBound,
        t.oss,
        t.slaWorkingDays,
        t.requiredDocumentList(),
        t.feeRule.name(),
        t.feeFixed,
        t.pbgShst,
        t.pbgLocalityIndex,
        t.validityMonths,
        t.riskLevel);
  }
}

package id.go.okikab.health.service;

import id.go.okikab.health.domain.FacilityType;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.repository.FacilityRepository;
import id.go.okikab.health.service.FacilityCommands.CreateFacility;
import id.go.okikab.health.service.FacilityViews.FacilityView;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Health facilities: reference data, read by everyone signed in, added by administrators. Kecamatan
 * codes and names come from the platform's region reference ({@link OkiKecamatan}).
 */
@ApplicationScoped
public class FacilityService {

  private final FacilityRepository facilities;

  public FacilityService(FacilityRepository facilities) {
    this.facilities = facilities;
  }

  @Transactional
  public Page<FacilityView> list(String kecamatanCode, FacilityType type, PageRequest paging) {
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (kecamatanCode != null) {
      query.append(" and kecamatanCode = :kecamatan");
      parameters.and("kecamatan", kecamatanCode);
    }
    if (type != null) {
      query.append(" and type = :type");
      parameters.and("type", type);
    }
    return Pages.of(
        facilities.find(query.toString(), Sort.by("code"), parameters), paging, this::view);
  }

  /** The facility, and its version (the ETag). */
  @Transactional
  public Versioned<FacilityView> get(String code) {
    HealthFacility f =
        facilities
            .findByIdOptional(code)
            .orElseThrow(() -> new NotFoundProblem("health facility", code));
    return new Versioned<>(view(f), f.version);
  }

  /**
   * @throws ValidationProblem (400) {@code kecamatanCode} when it is not a kecamatan of OKI ({@link
   *     OkiKecamatan}, the platform's region reference)
   * @throws ConflictProblem when the code exists
   * @throws DomainRuleViolation the desa rules of {@link HealthFacility#add}
   */
  @Transactional
  public Versioned<FacilityView> create(CreateFacility request) {
    if (!OkiKecamatan.isKnown(request.kecamatanCode())) {
      throw new ValidationProblem(
          "kecamatanCode",
          "must be one of the 18 kecamatan of OKI (Kemendagri code without dots, e.g. 160205)");
    }
    HealthFacility f =
        HealthFacility.add(
            request.code(),
            request.name(),
            request.type(),
            request.kecamatanCode(),
            request.desaCode());
    if (facilities.findByIdOptional(request.code()).isPresent()) {
      throw new ConflictProblem("A health facility with code " + request.code() + " exists.");
    }
    facilities.persist(f);
    facilities.flush();
    return new Versioned<>(view(f), f.version);
  }

  /** Whether a facility exists and is active. */
  @Transactional
  public HealthFacility requireActive(String code, String field) {
    HealthFacility f = facilities.findById(code);
    if (f == null || !f.active) {
      throw new DomainRuleViolation(
          "unknown-facility", "No active health facility has this code.", field);
    }
    return f;
  }

  /** The facility with its kecamatan's name from the platform's region reference. */
  private FacilityView view(HealthFacility f) {
    return FacilityView.of(f, OkiKecamatan.name(f.kecamatanCode).orElse(null));
  }
}

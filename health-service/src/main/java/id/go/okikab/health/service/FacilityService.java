package id.go.okikab.health.service;

import id.go.okikab.health.domain.FacilityType;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Kecamatan;
import id.go.okikab.health.domain.Regions;
import id.go.okikab.health.repository.FacilityRepository;
import id.go.okikab.health.repository.KecamatanRepository;
import id.go.okikab.health.service.FacilityCommands.CreateFacility;
import id.go.okikab.health.service.FacilityViews.FacilityView;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/** Health facilities: reference data, read by everyone signed in, added by administrators. */
@ApplicationScoped
public class FacilityService {

  private final FacilityRepository facilities;
  private final KecamatanRepository kecamatan;

  public FacilityService(FacilityRepository facilities, KecamatanRepository kecamatan) {
    this.facilities = facilities;
    this.kecamatan = kecamatan;
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
    Map<String, String> names = kecamatanNames();
    return Pages.of(
        facilities.find(query.toString(), Sort.by("code"), parameters),
        paging,
        f -> FacilityView.of(f, names.get(f.kecamatanCode)));
  }

  /** The facility, and its version (the ETag). */
  @Transactional
  public Versioned<FacilityView> get(String code) {
    HealthFacility f =
        facilities
            .findByIdOptional(code)
            .orElseThrow(() -> new NotFoundProblem("health facility", code));
    return new Versioned<>(FacilityView.of(f, kecamatanNames().get(f.kecamatanCode)), f.version);
  }

  /**
   * @throws ConflictProblem when the code exists
   * @throws DomainRuleViolation {@code unknown-kecamatan}, {@code desa-outside-kecamatan}
   */
  @Transactional
  public Versioned<FacilityView> create(CreateFacility request) {
    Kecamatan k =
        kecamatan
            .findByIdOptional(request.kecamatanCode())
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "unknown-kecamatan",
                        "No kecamatan of OKI has this code (see the kecamatan reference table).",
                        "kecamatanCode"));
    HealthFacility f =
        HealthFacility.add(
            request.code(), request.name(), request.type(), k.code, request.desaCode());
    if (facilities.findByIdOptional(request.code()).isPresent()) {
      throw new ConflictProblem("A health facility with code " + request.code() + " exists.");
    }
    facilities.persist(f);
    facilities.flush();
    return new Versioned<>(FacilityView.of(f, k.name), f.version);
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

  /**
   * @throws DomainRuleViolation {@code unknown-kecamatan} when a desa's kecamatan is not OKI's
   */
  @Transactional
  public String requireKnownDesa(String desaCode, String field) {
    Regions.requireOkiDesa(desaCode, field);
    if (kecamatan.findByIdOptional(Regions.kecamatanOf(desaCode)).isEmpty()) {
      throw new DomainRuleViolation(
          "unknown-kecamatan",
          "The desa code's kecamatan (digits 1-6) is not a kecamatan of OKI.",
          field);
    }
    return desaCode;
  }

  private Map<String, String> kecamatanNames() {
    return kecamatan.listAll().stream()
        .collect(Collectors.toMap(k -> k.code, k -> k.name, (a, b) -> a));
  }
}

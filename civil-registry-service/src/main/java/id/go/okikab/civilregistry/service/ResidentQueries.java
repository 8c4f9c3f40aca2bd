package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.civilregistry.service.ResidentCommands.SearchRequest;
import id.go.okikab.civilregistry.service.ResidentViews.ExistenceView;
import id.go.okikab.civilregistry.service.ResidentViews.ParentView;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentSummary;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentView;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads of residents: a record (officers audited, a citizen their own), the caller's own record,
 * search (every result audited), and health's "does a living resident have this NIK?"; and the
 * resident view the other resident use cases answer with.
 */
@ApplicationScoped
public class ResidentQueries {

  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final RegionService regions;
  private final SubjectRefs subjectRefs;
  private final ReadAudit readAudit;
  private final CallerIdentity caller;
  private final Access access;

  public ResidentQueries(
      ResidentRepository residents,
      FamilyRepository families,
      RegionService regions,
      SubjectRefs subjectRefs,
      ReadAudit readAudit,
      CallerIdentity caller,
      Access access) {
    this.residents = residents;
    this.families = families;
    this.regions = regions;
    this.subjectRefs = subjectRefs;
    this.readAudit = readAudit;
    this.caller = caller;
    this.access = access;
  }

  /** An officer's read (audited), or a citizen's read of their own record (else 404). */
  @Transactional
  public ResidentView read(UUID id) {
    Resident resident = find(id);
    if (access.isOfficer()) {
      readAudit.record("resident", id.toString(), resident.subjectRef, Access.PURPOSE);
    } else {
      caller.requireSubjectOrAnyRoleElseNotFound(
          resident.subjectRef, "resident", id, Access.OFFICER);
    }
    return view(resident, List.of());
  }

  /** The calling citizen's own record. */
  @Transactional
  public ResidentView me() {
    String ref = access.requireCitizenRef();
    Resident resident =
        residents
            .findBySubjectRef(ref)
            .orElseThrow(() -> new NotFoundProblem("No resident of this registry has your NIK."));
    return view(resident, List.of());
  }

  /**
   * @throws NotFoundProblem for an unknown id
   */
  public Resident find(UUID id) {
    return residents.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("resident", id));
  }

  /** Search by NIK, by name and date of birth, or by kecamatan/desa; every result is audited. */
  @Transactional
  public Page<ResidentSummary> search(SearchRequest request, PageRequest paging) {
    paging.requireValid();
    // read-only: no snapshots to keep, no dirty checking of the results at commit
    PanacheQuery<Resident> query = query(request).withHint(HibernateHints.HINT_READ_ONLY, true);
    List<Resident> found =
        query.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list();
    // a first page that is not full holds every match: no count query (a NIK, a name and date)
    long total = paging.page() == 0 && found.size() < paging.size() ? found.size() : query.count();
    Page<ResidentSummary> page =
        Page.of(found.stream().map(ResidentQueries::summary).toList(), paging, total);
    for (Resident result : found) {
      readAudit.record("resident", result.id.toString(), result.subjectRef, "search");
    }
    return page;
  }

  private PanacheQuery<Resident> query(SearchRequest request) {
    Sort order = Sort.by("nameKey").and("id");
    boolean byNik = request.nik() != null;
    boolean byName = request.name() != null || request.birthDate() != null;
    boolean byRegion = request.kecamatanCode() != null || request.desaCode() != null;
    int modes = (byNik ? 1 : 0) + (byName ? 1 : 0) + (byRegion ? 1 : 0);
    if (modes != 1) {
      throw new ValidationProblem(
          "body", "search by exactly one of: nik; name + birthDate; kecamatanCode or desaCode");
    }
    if (byNik) {
      return residents.find("nik", request.nik());
    }
    if (byName) {
      List<FieldError> missing = new ArrayList<>();
      if (request.name() == null) {
        missing.add(new FieldError("name", "is required with birthDate"));
      }
      if (request.birthDate() == null) {
        missing.add(new FieldError("birthDate", "is required with name"));
      }
      List<String> tokens = Names.tokens(request.name());
      if (request.name() != null && tokens.isEmpty()) {
        missing.add(new FieldError("name", "must contain letters or digits"));
      }
      if (!missing.isEmpty()) {
        throw new ValidationProblem(missing);
      }
      StringBuilder jpql = new StringBuilder("birthDate = ?1");
      List<Object> parameters = new ArrayList<>();
      parameters.add(request.birthDate());
      for (String token : tokens) {
        parameters.add("%" + token + "%");
        jpql.append(" and nameKey like ?").append(parameters.size());
      }
      return residents.find(jpql.toString(), order, parameters.toArray());
    }
    if (request.kecamatanCode() != null && request.desaCode() != null) {
      throw new ValidationProblem("kecamatanCode", "give kecamatanCode or desaCode, not both");
    }
    String status = request.status() == null ? "" : " and status = ?3";
    if (request.desaCode() != null) {
      String desa = request.desaCode().replace(".", "");
      return request.status() == null
          ? residents.find("address.desaCode = ?1", order, desa)
          : residents.find("address.desaCode = ?1 and status = ?2", order, desa, request.status());
    }
    String kecamatan = request.kecamatanCode().replace(".", "");
    return request.status() == null
        ? residents.find(
            "address.desaCode between ?1 and ?2", order, kecamatan + "0000", kecamatan + "9999")
        : residents.find(
            "address.desaCode between ?1 and ?2" + status,
            order,
            kecamatan + "0000",
            kecamatan + "9999",
            request.status());
  }

  /** Whether a living resident has the NIK (health officers: existence only, audited). */
  @Transactional
  public ExistenceView exists(String nik) {
    Resident resident = residents.findByNik(nik).filter(Resident::isAlive).orElse(null);
    readAudit.record(
        "resident-existence",
        resident == null ? "none" : resident.id.toString(),
        subjectRefs.of(nik),
        "existence-check");
    return new ExistenceView(resident != null);
  }

  // ---- views

  /** A resident as the resident use cases answer: names of the address, family card, parents. */
  public ResidentView view(Resident resident, List<WarningView> warnings) {
    UUID familyId = families.currentFamilyIdOf(resident.id).orElse(null);
    return new ResidentView(
        resident.id,
        resident.nik,
        resident.fullName,
        resident.sex,
        resident.birthDate,
        resident.birthPlace,
        CodeView.of(resident.religion),
        CodeView.of(resident.maritalStatus),
        resident.marriageRegistered,
        CodeView.of(resident.bloodType),
        resident.occupation,
        parent(resident.motherRef, resident.motherName),
        parent(resident.fatherRef, resident.fatherName),
        regions.describe(resident.address),
        resident.status,
        resident.dateOfDeath,
        familyId,
        resident.origin.name(),
        resident.registeredAt,
        resident.version,
        warnings);
  }

  private ParentView parent(String ref, String name) {
    if (ref == null && name == null) {
      return null;
    }
    UUID residentId =
        ref == null ? null : residents.findBySubjectRef(ref).map(r -> r.id).orElse(null);
    return new ParentView(residentId, name);
  }

  static ResidentSummary summary(Resident resident) {
    return new ResidentSummary(
        resident.id,
        resident.nik,
        resident.fullName,
        resident.sex,
        resident.birthDate,
        resident.address.desaCode,
        resident.status);
  }
}

package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.ImmunizationRepository;
import id.go.okikab.health.service.ChildViews.DueChild;
import id.go.okikab.health.service.ChildViews.DueDose;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The due lists of a facility's area ({@code /api/v1/immunizations/due}): the children with doses
 * due or overdue on a date — the outreach list a midwife walks her villages with. Fast with
 * thousands of children: a child is found through {@code next_due_on} and the small partial index
 * of doses with a maximum age.
 */
@ApplicationScoped
public class DueListService {

  private final ImmunizationRepository doses;
  private final ChildRepository children;
  private final ScheduleCatalog schedule;
  private final Access access;
  private final Clock clock;

  public DueListService(
      ImmunizationRepository doses,
      ChildRepository children,
      ScheduleCatalog schedule,
      Access access,
      Clock clock) {
    this.doses = doses;
    this.children = children;
    this.schedule = schedule;
    this.access = access;
    this.clock = clock;
  }

  /**
   * The children living in a facility's area (its kecamatan) with doses due or overdue on {@code
   * date}, by desa and then oldest first (the order a midwife walks her villages), each with those
   * doses; every child listed is read-audited.
   *
   * @param facilityCode null for the officer's own facility; another facility is a 403
   * @param desaCode narrows to one desa of the area (a desa outside it is a 403)
   * @param status {@code DUE} or {@code OVERDUE} to narrow, null for both
   */
  @Transactional
  public Page<DueChild> due(
      String facilityCode,
      String desaCode,
      LocalDate date,
      DoseRules.Status status,
      PageRequest paging) {
    paging.requireValid();
    HealthFacility facility = access.officerFacility();
    if (facilityCode != null && !facilityCode.equals(facility.code)) {
      throw new ForbiddenProblem("Health officers see the due list of their own facility only.");
    }
    if (desaCode != null && !desaCode.startsWith(facility.kecamatanCode)) {
      throw new ForbiddenProblem("This desa is outside the area of your facility.");
    }
    if (status != null && status != DoseRules.Status.DUE && status != DoseRules.Status.OVERDUE) {
      throw new ValidationProblem("status", "must be DUE or OVERDUE");
    }
    LocalDate on = date != null ? date : LocalDate.now(clock);
    EntityManager em = doses.getEntityManager();
    // The list's cost follows the number of children of the area, not of their doses: a child is
    // on the list from its next_due_on (doses without a maximum age), or while a dose with a
    // maximum age (HB0, BCG, RV) is due and not expired, which only the small partial index
    // immunization_open_expiring answers. A DUE/OVERDUE filter asks the doses themselves.
    // The due list is the outreach list of the facility's area: the children living in its
    // kecamatan (a child registered here but living elsewhere is on its home puskesmas' list).
    StringBuilder where =
        new StringBuilder(
            " FROM child c WHERE c.kecamatan_code = :kecamatan AND c.status = 'ACTIVE'");
    if (desaCode != null) {
      where.append(" AND c.desa_code = :desa");
    }
    if (status == null) {
      where.append(
          " AND (c.next_due_on <= :on OR EXISTS (SELECT 1 FROM immunization d"
              + " WHERE d.child_id = c.id AND d.given_on IS NULL AND d.expires_on IS NOT NULL"
              + " AND d.due_date <= :on AND d.expires_on >= :on))");
    } else {
      where.append(
          " AND EXISTS (SELECT 1 FROM immunization d WHERE d.child_id = c.id"
              + " AND d.given_on IS NULL AND d.due_date <= :on"
              + " AND (d.expires_on IS NULL OR d.expires_on >= :on)"
              + (status == DoseRules.Status.DUE
                  ? " AND d.overdue_from > :on)"
                  : " AND d.overdue_from <= :on)"));
    }
    var count = em.createNativeQuery("SELECT count(*)" + where);
    bindArea(count, facility, on, desaCode);
    long total = ((Number) count.getSingleResult()).longValue();
    List<UUID> ids = new ArrayList<>();
    if (paging.offset() < total) {
      var page =
          em.createNativeQuery(
              "SELECT c.id"
                  + where
                  + " ORDER BY c.desa_code, c.birth_date, c.id LIMIT :size OFFSET :offset");
      bindArea(page, facility, on, desaCode);
      page.setParameter("size", paging.size());
      page.setParameter("offset", paging.offset());
      for (Object row : page.getResultList()) {
        ids.add((UUID) row);
      }
    }
    if (ids.isEmpty()) {
      return Page.of(List.of(), paging, total);
    }
    Map<UUID, Child> byId = new HashMap<>();
    children.list("id in ?1", ids).forEach(c -> byId.put(c.id, c));
    Map<UUID, List<DueDose>> dosesByChild = new LinkedHashMap<>();
    for (Immunization i :
        doses.list(
            "childId in ?1 and givenOn is null and dueDate <= ?2"
                + " and (expiresOn is null or expiresOn >= ?2)",
            Sort.by("dueDate").and("vaccine").and("doseNo"),
            ids,
            on)) {
      DoseRules.Status doseStatus = DoseRules.status(i.dates(), null, on);
      if (status != null && doseStatus != status) {
        continue;
      }
      String label = schedule.dose(i.vaccine, i.doseNo).map(d -> d.label).orElse(i.vaccine);
      dosesByChild
          .computeIfAbsent(i.childId, k -> new ArrayList<>())
          .add(
              new DueDose(
                  i.vaccine, i.doseNo, label, doseStatus, i.dueDate, i.overdueFrom, i.expiresOn));
    }
    List<DueChild> items = new ArrayList<>();
    for (UUID id : ids) {
      Child c = byId.get(id);
      access.audit(Access.CHILD_RECORD, c.id, c.auditSubject(), false);
      items.add(
          new DueChild(
              c.id,
              c.sex,
              c.birthDate,
              c.ageDays(on),
              c.desaCode,
              c.facilityCode,
              dosesByChild.getOrDefault(id, List.of())));
    }
    return Page.of(items, paging, total);
  }

  private static void bindArea(
      Query query, HealthFacility facility, LocalDate on, String desaCode) {
    query.setParameter("kecamatan", facility.kecamatanCode);
    query.setParameter("on", on);
    if (desaCode != null) {
      query.setParameter("desa", desaCode);
    }
  }
}

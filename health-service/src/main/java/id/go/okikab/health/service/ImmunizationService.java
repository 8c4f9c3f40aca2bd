package id.go.okikab.health.service;

import id.go.okikab.health.api.ChildApi.BasicImmunizationView;
import id.go.okikab.health.api.ChildApi.DoseView;
import id.go.okikab.health.api.ChildApi.DueChild;
import id.go.okikab.health.api.ChildApi.DueDose;
import id.go.okikab.health.api.ChildApi.ImmunizationScheduleView;
import id.go.okikab.health.api.ChildApi.RecordDose;
import id.go.okikab.health.config.HealthConfig;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.domain.immunization.BasicImmunization;
import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.ImmunizationRepository;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Children's immunisation: the schedule generated from the national schedule (as data), doses
 * recorded against the minimum age and interval, the due lists of a facility's area, the "Imunisasi
 * Dasar Lengkap" indicator, and the overdue check that publishes {@code ImmunizationOverdue} once
 * per dose.
 */
@ApplicationScoped
public class ImmunizationService {

  private static final Logger LOG = Logger.getLogger(ImmunizationService.class);

  private final ImmunizationRepository doses;
  private final ChildRepository children;
  private final ScheduleCatalog schedule;
  private final KiaEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final HealthConfig config;
  private final Clock clock;

  public ImmunizationService(
      ImmunizationRepository doses,
      ChildRepository children,
      ScheduleCatalog schedule,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      HealthConfig config,
      Clock clock) {
    this.doses = doses;
    this.children = children;
    this.schedule = schedule;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Adds the doses of the national schedule that the child's schedule lacks (all of them for a new
   * child; new vaccines of the program for an older record). Dates of doses already there are kept.
   *
   * @return how many doses were added
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int ensureSchedule(Child child) {
    List<Immunization> existing = new ArrayList<>(doses.list("childId", child.id));
    Set<String> have = new HashSet<>();
    Map<String, LocalDate> given = new HashMap<>();
    for (Immunization i : existing) {
      have.add(i.vaccine + "#" + i.doseNo);
      if (i.givenOn != null) {
        given.put(i.vaccine + "#" + i.doseNo, i.givenOn);
      }
    }
    int added = 0;
    for (VaccineDose d : schedule.all()) {
      if (have.contains(d.vaccine + "#" + d.doseNo)) {
        continue;
      }
      LocalDate previous = d.doseNo > 1 ? given.get(d.vaccine + "#" + (d.doseNo - 1)) : null;
      Immunization scheduled =
          Immunization.scheduled(
              child.id,
              d.vaccine,
              d.doseNo,
              DoseRules.dates(child.birthDate, d.toScheduled(), previous, grace()));
      doses.persist(scheduled);
      existing.add(scheduled);
      added++;
    }
    child.nextDueOn = nextDueOn(existing);
    return added;
  }

  /** What {@link Child#nextDueOn} must be for these doses. */
  static LocalDate nextDueOn(List<Immunization> rows) {
    LocalDate next = null;
    for (Immunization i : rows) {
      if (!i.isGiven() && i.dueDate != null && i.expiresOn == null) {
        next = next == null || i.dueDate.isBefore(next) ? i.dueDate : next;
      }
    }
    return next;
  }

  /** The child's schedule with the IDL status (no access check, no audit: callers do both). */
  @Transactional(Transactional.TxType.MANDATORY)
  public ImmunizationScheduleView scheduleOf(Child child) {
    LocalDate today = today();
    List<Immunization> rows =
        doses.list("childId", Sort.by("dueDate").and("vaccine").and("doseNo"), child.id);
    List<DoseView> views = new ArrayList<>();
    for (Immunization i : sortedBySchedule(rows)) {
      schedule.dose(i.vaccine, i.doseNo).ifPresent(d -> views.add(DoseView.of(i, d, today)));
    }
    return new ImmunizationScheduleView(child.id, basic(child, rows, today), views);
  }

  /** The doses to give next: due and overdue ones, else the soonest upcoming ones. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<DoseView> nextVaccines(Child child) {
    ImmunizationScheduleView view = scheduleOf(child);
    List<DoseView> now =
        view.doses().stream()
            .filter(
                d -> d.status() == DoseRules.Status.DUE || d.status() == DoseRules.Status.OVERDUE)
            .toList();
    if (!now.isEmpty() || !child.isActive()) {
      return child.isActive() ? now : List.of();
    }
    LocalDate soonest =
        view.doses().stream()
            .filter(d -> d.status() == DoseRules.Status.UPCOMING)
            .map(DoseView::dueDate)
            .min(Comparator.naturalOrder())
            .orElse(null);
    if (soonest == null) {
      return List.of();
    }
    return view.doses().stream()
        .filter(d -> d.status() == DoseRules.Status.UPCOMING && soonest.equals(d.dueDate()))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public BasicImmunizationView basicOf(Child child) {
    return basic(child, doses.list("childId", child.id), today());
  }

  /**
   * Records a dose given to a child (health officer of the child's area).
   *
   * @throws DomainRuleViolation {@code child-record-closed}, {@code unknown-vaccine}, {@code
   *     series-complete}, {@code unknown-dose}, {@code given-date-in-future}, {@code
   *     given-before-birth}, {@code previous-dose-missing}, {@code dose-before-minimum-age}, {@code
   *     dose-before-minimum-interval}, {@code dose-after-maximum-age}
   * @throws ConflictProblem when the dose is already recorded
   */
  @Transactional
  public DoseView record(UUID childId, RecordDose request) {
    // one dose recording per child at a time: two midwives recording the same dose do not both win
    Child child =
        children
            .findByIdOptional(childId, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> notFound(childId));
    HealthFacility facility = access.requireOfficerFor(child.kecamatanCode, child.facilityCode);
    if (!child.isActive()) {
      throw new DomainRuleViolation(
          "child-record-closed", "This child's record is closed (" + child.closedReason + ").");
    }
    String vaccine = request.vaccine().trim().toUpperCase(java.util.Locale.ROOT);
    List<VaccineDose> series = schedule.series(vaccine);
    if (series.isEmpty()) {
      throw new DomainRuleViolation(
          "unknown-vaccine",
          "The national schedule has no vaccine with this code (see /api/v1/immunization-schedule).",
          "vaccine");
    }
    ensureSchedule(child);
    List<Immunization> rows =
        doses.list("childId = ?1 and vaccine = ?2", Sort.by("doseNo"), child.id, vaccine);
    int doseNo;
    if (request.doseNo() != null) {
      doseNo = request.doseNo();
      if (doseNo > series.size()) {
        throw new DomainRuleViolation(
            "unknown-dose",
            vaccine + " has " + series.size() + " dose(s) in the national schedule.",
            "doseNo");
      }
    } else {
      doseNo =
          rows.stream()
              .filter(i -> !i.isGiven())
              .mapToInt(i -> i.doseNo)
              .min()
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "series-complete",
                          "Every dose of " + vaccine + " is already recorded.",
                          "vaccine"));
    }
    Immunization target = rows.get(doseNo - 1);
    if (target.isGiven()) {
      throw new ConflictProblem(
          vaccine + " dose " + doseNo + " is already recorded (given on " + target.givenOn + ").");
    }
    LocalDate today = today();
    if (request.givenOn().isAfter(today)) {
      throw new DomainRuleViolation(
          "given-date-in-future", "A dose cannot be recorded before it is given.", "givenOn");
    }
    if (request.givenOn().isBefore(child.birthDate)) {
      throw new DomainRuleViolation(
          "given-before-birth", "A dose cannot be given before the child's birth.", "givenOn");
    }
    LocalDate previous = doseNo > 1 ? rows.get(doseNo - 2).givenOn : null;
    DoseRules.check(
        child.birthDate, series.get(doseNo - 1).toScheduled(), previous, request.givenOn());
    boolean basicCompleteBefore =
        basic(child, doses.list("childId", child.id), today).status()
            == BasicImmunization.Status.COMPLETE;
    OffsetDateTime now = OffsetDateTime.now(clock);
    target.give(request.givenOn(), facility.code, request.batchNumber(), caller.actorId(), now);
    if (doseNo < series.size()) {
      rows.get(doseNo)
          .reschedule(
              DoseRules.dates(
                  child.birthDate, series.get(doseNo).toScheduled(), request.givenOn(), grace()));
    }
    child.nextDueOn = nextDueOn(doses.list("childId", child.id));
    doses.flush();
    events.immunizationGiven(child, target);
    BasicImmunizationView basicNow = basic(child, doses.list("childId", child.id), today);
    if (!basicCompleteBefore && basicNow.status() == BasicImmunization.Status.COMPLETE) {
      events.basicImmunizationCompleted(child, basicNow.completedOn(), facility.code);
    }
    return DoseView.of(target, series.get(doseNo - 1), today);
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
      throw new id.go.okikab.platform.web.problem.ValidationProblem(
          "status", "must be DUE or OVERDUE");
    }
    LocalDate on = date != null ? date : today();
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
      access.audit(Access.CHILD_RECORD, c.id, subjectOf(c), false);
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

  /**
   * Marks doses that became overdue and publishes {@code ImmunizationOverdue} for each, in batches
   * claimed with {@code FOR UPDATE SKIP LOCKED} (several replicas may run it); a dose is reported
   * once ({@code overdue_reported_at}).
   *
   * @return how many doses were reported
   */
  public int reportOverdue() {
    int total = 0;
    while (true) {
      int reported = QuarkusTransaction.requiringNew().call(() -> reportOverdueBatch(today()));
      total += reported;
      if (reported < config.immunization().checkBatchSize()) {
        break;
      }
    }
    if (total > 0) {
      LOG.infof("reported %d overdue immunisation dose(s)", total);
    }
    return total;
  }

  int reportOverdueBatch(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        doses
            .getEntityManager()
            .createNativeQuery(
                "SELECT d.id FROM immunization d JOIN child c ON c.id = d.child_id"
                    + " WHERE d.given_on IS NULL AND d.overdue_reported_at IS NULL"
                    + " AND d.overdue_from <= :today"
                    + " AND (d.expires_on IS NULL OR d.expires_on >= :today)"
                    + " AND c.status = 'ACTIVE'"
                    + " ORDER BY d.overdue_from LIMIT :batch FOR UPDATE OF d SKIP LOCKED")
            .setParameter("today", today)
            .setParameter("batch", config.immunization().checkBatchSize())
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Immunization> overdue = doses.list("id in ?1", ids);
    Map<UUID, Child> byId = new HashMap<>();
    children
        .list("id in ?1", overdue.stream().map(i -> i.childId).distinct().toList())
        .forEach(c -> byId.put(c.id, c));
    for (Immunization i : overdue) {
      i.markOverdueReported(now);
      events.immunizationOverdue(byId.get(i.childId), i);
    }
    return overdue.size();
  }

  private static void bindArea(
      jakarta.persistence.Query query, HealthFacility facility, LocalDate on, String desaCode) {
    query.setParameter("kecamatan", facility.kecamatanCode);
    query.setParameter("on", on);
    if (desaCode != null) {
      query.setParameter("desa", desaCode);
    }
  }

  private BasicImmunizationView basic(Child child, List<Immunization> rows, LocalDate today) {
    List<BasicImmunization.BasicDose> basicDoses = new ArrayList<>();
    for (VaccineDose d : schedule.all()) {
      if (!d.basic) {
        continue;
      }
      LocalDate given =
          rows.stream()
              .filter(i -> i.vaccine.equals(d.vaccine) && i.doseNo == d.doseNo)
              .findFirst()
              .map(i -> i.givenOn)
              .orElse(null);
      basicDoses.add(new BasicImmunization.BasicDose(d.vaccine, d.doseNo, given));
    }
    return BasicImmunizationView.of(BasicImmunization.of(child.birthDate, basicDoses, today));
  }

  private List<Immunization> sortedBySchedule(List<Immunization> rows) {
    Map<String, Integer> order = new HashMap<>();
    List<VaccineDose> all = schedule.all();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).vaccine + "#" + all.get(i).doseNo, i);
    }
    List<Immunization> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt(
            i -> order.getOrDefault(i.vaccine + "#" + i.doseNo, Integer.MAX_VALUE)));
    return sorted;
  }

  static String subjectOf(Child c) {
    return c.childRef != null ? c.childRef : c.motherRef;
  }

  private int grace() {
    return config.immunization().overdueGraceDays();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static NotFoundProblem notFound(UUID id) {
    return new NotFoundProblem("child record", id);
  }
}

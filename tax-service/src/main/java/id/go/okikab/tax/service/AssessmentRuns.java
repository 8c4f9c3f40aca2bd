package id.go.okikab.tax.service;

import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.tax.config.TaxConfig;
import id.go.okikab.tax.domain.Assessment;
import id.go.okikab.tax.domain.AssessmentRun;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.PbbCalculation;
import id.go.okikab.tax.domain.PbbRule;
import id.go.okikab.tax.domain.TaxObject;
import id.go.okikab.tax.domain.TaxYearRule;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.AssessmentRepository;
import id.go.okikab.tax.repository.AssessmentRunRepository;
import id.go.okikab.tax.repository.TaxObjectRepository;
import id.go.okikab.tax.repository.TaxYearRuleRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import id.go.okikab.tax.service.AssessmentRunViews.AssessmentRunView;
import id.go.okikab.tax.service.AssessmentRunViews.RunError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The yearly SPPT batch. {@link #start} records a RUNNING run; {@link #work} (scheduled, and after
 * a restart) assesses the objects not yet assessed for the year, taxpayer by taxpayer, one
 * transaction per batch of taxpayers: each object's assessment, bill and events commit together, so
 * the run resumes where it stopped, and a rerun finds nothing to do and publishes nothing (one
 * assessment per object and year, a unique key). An object that cannot be assessed (a deceased
 * taxpayer without an heir, a value out of range) is reported in the run and skipped; the run goes
 * on. NJOPTKP is applied once per taxpayer and year, on the taxpayer's object of highest NJOP.
 */
@ApplicationScoped
public class AssessmentRuns {

  private static final Logger LOG = Logger.getLogger(AssessmentRuns.class);

  private final AssessmentRunRepository runs;
  private final AssessmentRepository assessments;
  private final TaxObjectRepository objects;
  private final TaxpayerRepository taxpayers;
  private final TaxYearRuleRepository rules;
  private final BillFactory billFactory;
  private final Outbox outbox;
  private final Access access;
  private final TaxConfig config;
  private final Clock clock;

  public AssessmentRuns(
      AssessmentRunRepository runs,
      AssessmentRepository assessments,
      TaxObjectRepository objects,
      TaxpayerRepository taxpayers,
      TaxYearRuleRepository rules,
      BillFactory billFactory,
      Outbox outbox,
      Access access,
      TaxConfig config,
      Clock clock) {
    this.runs = runs;
    this.assessments = assessments;
    this.objects = objects;
    this.taxpayers = taxpayers;
    this.rules = rules;
    this.billFactory = billFactory;
    this.outbox = outbox;
    this.access = access;
    this.config = config;
    this.clock = clock;
  }

  /**
   * @throws DomainRuleViolation {@code tax-year-unknown} (taxYear) without reference data
   * @throws ConflictProblem when a run of the year is running
   */
  @Transactional
  public AssessmentRunView start(int taxYear) {
    if (rules.findById(taxYear) == null) {
      throw new DomainRuleViolation(
          "tax-year-unknown", "No reference data (rates, NJOPTKP) for this tax year.", "taxYear");
    }
    if (runs.count("taxYear = ?1 and status = ?2", taxYear, AssessmentRun.Status.RUNNING) > 0) {
      throw new ConflictProblem("An SPPT batch for " + taxYear + " is running.");
    }
    AssessmentRun run = new AssessmentRun();
    run.id = UUID.randomUUID();
    run.taxYear = taxYear;
    run.status = AssessmentRun.Status.RUNNING;
    run.total = (int) objects.count("active", true);
    run.done = countAssessed(taxYear);
    run.startedAt = OffsetDateTime.now(clock);
    run.startedBy = access.actor();
    runs.persist(run);
    runs.flush();
    return AssessmentRunView.of(run, List.of());
  }

  @Transactional
  public AssessmentRunView get(UUID id) {
    AssessmentRun run =
        runs.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("assessment run", id));
    return AssessmentRunView.of(run, errors(id));
  }

  private int countAssessed(int taxYear) {
    return ((Number)
            em().createNativeQuery(
                    "SELECT count(*) FROM assessment a JOIN tax_object o ON o.id = a.tax_object_id"
                        + " WHERE a.tax_year = ?1 AND o.active")
                .setParameter(1, taxYear)
                .getSingleResult())
        .intValue();
  }

  @SuppressWarnings("unchecked")
  private List<RunError> errors(UUID runId) {
    List<Object[]> rows =
        em().createNativeQuery(
                "SELECT tax_object_id, nop, rule, detail FROM assessment_run_error"
                    + " WHERE run_id = ?1 ORDER BY nop LIMIT 1000")
            .setParameter(1, runId)
            .getResultList();
    return rows.stream()
        .map(r -> new RunError((UUID) r[0], ((String) r[1]).trim(), (String) r[2], (String) r[3]))
        .toList();
  }

  /** Works through every running run (the scheduler calls it; safe to call at any time). */
  public void work() {
    List<UUID> running =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    runs.find("status", AssessmentRun.Status.RUNNING).stream()
                        .map(r -> r.id)
                        .toList());
    for (UUID id : running) {
      while (QuarkusTransaction.requiringNew().call(() -> batch(id))) {
        // next batch
      }
    }
  }

  /**
   * One batch of taxpayers of the run, in one transaction.
   *
   * @return whether there may be more
   */
  @SuppressWarnings("unchecked")
  boolean batch(UUID runId) {
    AssessmentRun run = runs.findById(runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || run.status != AssessmentRun.Status.RUNNING) {
      return false;
    }
    TaxYearRule yearRule = rules.findById(run.taxYear);
    PbbRule rule = yearRule.pbb();
    List<UUID> taxpayerIds =
        em().createNativeQuery(
                "SELECT DISTINCT o.taxpayer_id FROM tax_object o WHERE o.active"
                    + " AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.tax_object_id = o.id"
                    + " AND a.tax_year = ?1)"
                    + " AND NOT EXISTS (SELECT 1 FROM assessment_run_error e WHERE e.run_id = ?2"
                    + " AND e.tax_object_id = o.id) LIMIT ?3")
            .setParameter(1, run.taxYear)
            .setParameter(2, runId)
            .setParameter(3, config.assessmentBatchSize())
            .getResultList();
    if (taxpayerIds.isEmpty()) {
      run.status = AssessmentRun.Status.DONE;
      run.finishedAt = OffsetDateTime.now(clock);
      LOG.infof(
          "SPPT batch %s for %d done: %d issued, %d errors",
          run.id, run.taxYear, run.issued, run.errors);
      return false;
    }
    Map<UUID, Taxpayer> payers =
        taxpayers.list("id in ?1", taxpayerIds).stream()
            .collect(Collectors.toMap(t -> t.id, t -> t));
    Map<UUID, List<TaxObject>> pending =
        objects
            .list(
                "active = true and taxpayerId in ?1 and id not in (select a.taxObjectId from"
                    + " Assessment a where a.taxYear = ?2)",
                taxpayerIds,
                run.taxYear)
            .stream()
            .collect(Collectors.groupingBy(o -> o.taxpayerId));
    List<UUID> njoptkpUsed =
        em().createQuery(
                "select distinct a.taxpayerId from Assessment a where a.taxYear = ?1"
                    + " and a.njoptkp > 0 and a.taxpayerId in ?2",
                UUID.class)
            .setParameter(1, run.taxYear)
            .setParameter(2, taxpayerIds)
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (UUID taxpayerId : taxpayerIds) {
      Taxpayer taxpayer = payers.get(taxpayerId);
      List<TaxObject> own =
          pending.getOrDefault(taxpayerId, List.of()).stream()
              .sorted(
                  Comparator.comparingLong(this::njopOrMax).reversed().thenComparing(o -> o.nop))
              .toList();
      boolean njoptkpFree = !njoptkpUsed.contains(taxpayerId);
      for (TaxObject o : own) {
        if (!taxpayer.mayBeAssessed()) {
          error(run, o, "taxpayer-deceased-no-heir", "The taxpayer is deceased; no heir recorded.");
          continue;
        }
        PbbCalculation c;
        try {
          c = PbbCalculation.of(o.njop(), njoptkpFree, rule);
        } catch (ArithmeticException e) {
          error(run, o, "njop-out-of-range", "The object's NJOP does not fit in rupiah.");
          continue;
        }
        njoptkpFree = njoptkpFree && c.njoptkp() == 0;
        UUID assessmentId = UUID.randomUUID();
        Bill bill =
            billFactory.issue(
                taxpayer,
                "PBB_P2",
                Integer.toString(run.taxYear),
                c.amount(),
                rule.dueDate(),
                rule.interest(),
                o.desaCode,
                "ASSESSMENT",
                assessmentId,
                now);
        Assessment a = Assessment.of(assessmentId, o, rule, c, bill.id, run.id, now);
        assessments.persist(a);
        outbox.publish(a.event(o));
        run.issued++;
        run.done++;
      }
    }
    return true;
  }

  private long njopOrMax(TaxObject o) {
    try {
      return o.njop();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private void error(AssessmentRun run, TaxObject o, String rule, String detail) {
    em().createNativeQuery(
            "INSERT INTO assessment_run_error (run_id, tax_object_id, nop, rule, detail)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, run.id)
        .setParameter(2, o.id)
        .setParameter(3, o.nop)
        .setParameter(4, rule)
        .setParameter(5, detail)
        .executeUpdate();
    run.errors++;
    run.done++;
  }

  private EntityManager em() {
    return runs.getEntityManager();
  }
}

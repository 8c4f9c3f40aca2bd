package id.go.okikab.gateway.readmodel.figures;

import id.go.okikab.contracts.health.AncContactRecorded;
import id.go.okikab.contracts.health.BasicImmunizationCompleted;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.contracts.health.GrowthAssessed;
import id.go.okikab.contracts.health.PregnancyRegistered;
import id.go.okikab.gateway.readmodel.DashboardCounts;
import id.go.okikab.gateway.readmodel.DashboardIndicators;
import id.go.okikab.gateway.readmodel.DashboardSelection;
import id.go.okikab.gateway.readmodel.ReadModelProjection;
import id.go.okikab.gateway.service.DashboardQueries.Rate;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * Maternal and child health on the dashboard: pregnancies, ANC K1/K6, live births, complete basic
 * immunisation, and each child's latest growth classes ({@code dashboard_child_growth}) for the
 * stunting and wasting prevalence.
 */
@ApplicationScoped
public class HealthFigures implements ReadModelProjection, DashboardIndicators {

  public static final String PREGNANCIES = "pregnancies";
  public static final String ANC_K1 = "anc-k1";
  public static final String ANC_K6 = "anc-k6";
  public static final String LIVE_BIRTHS = "live-births";
  public static final String IMMUNIZATION_COMPLETE = "immunization-complete";

  private final DashboardCounts counts;
  private final EntityManager entityManager;

  HealthFigures(DashboardCounts counts, EntityManager entityManager) {
    this.counts = counts;
    this.entityManager = entityManager;
  }

  @Override
  public void apply(IncomingEvent event) {
    event
        .as(PregnancyRegistered.class)
        .ifPresent(p -> counts.count(PREGNANCIES, p.desaCode(), p.registeredOn()));
    event
        .as(AncContactRecorded.class)
        .ifPresent(
            contact -> {
              // K1: the first contact; K6: the sixth (the current ≥6-contact indicator)
              if (contact.contactNumber() == 1) {
                counts.count(ANC_K1, contact.desaCode(), contact.visitDate());
              } else if (contact.contactNumber() == 6) {
                counts.count(ANC_K6, contact.desaCode(), contact.visitDate());
              }
            });
    event
        .as(BirthReported.class)
        .filter(b -> b.outcome() == BirthReported.Outcome.LIVE_BIRTH)
        .ifPresent(b -> counts.count(LIVE_BIRTHS, b.desaCode(), b.bornAt()));
    event
        .as(BasicImmunizationCompleted.class)
        .ifPresent(c -> counts.count(IMMUNIZATION_COMPLETE, c.desaCode(), c.completedOn()));
    event.as(GrowthAssessed.class).ifPresent(this::latestGrowth);
  }

  /** Keeps each child's latest assessment (a replay applies them in order; older ones lose). */
  private void latestGrowth(GrowthAssessed g) {
    entityManager
        .createNativeQuery(
            "INSERT INTO dashboard_child_growth (child_id, kecamatan, measured_on, stunting, wasting)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON CONFLICT (child_id) DO UPDATE SET kecamatan = EXCLUDED.kecamatan,"
                + " measured_on = EXCLUDED.measured_on, stunting = EXCLUDED.stunting,"
                + " wasting = EXCLUDED.wasting"
                + " WHERE dashboard_child_growth.measured_on <= EXCLUDED.measured_on")
        .setParameter(1, g.childId())
        .setParameter(2, DashboardCounts.kecamatan(g.desaCode()))
        .setParameter(3, g.measuredOn())
        .setParameter(4, g.stunting() == null ? null : g.stunting().name())
        .setParameter(5, g.wasting() == null ? null : g.wasting().name())
        .executeUpdate();
  }

  @Override
  public void indicators(DashboardSelection selection, Map<String, Rate> indicators) {
    long pregnancies = selection.total(PREGNANCIES);
    indicators.put("anc-k1-coverage", Rate.of(selection.total(ANC_K1), pregnancies));
    indicators.put("anc-k6-coverage", Rate.of(selection.total(ANC_K6), pregnancies));
    // children completing the basic series in the period, over those born a year earlier
    indicators.put(
        "immunization-complete-rate",
        Rate.of(
            selection.total(IMMUNIZATION_COMPLETE),
            selection.total(
                LIVE_BIRTHS,
                DashboardSelection.shift(selection.first(), -12),
                DashboardSelection.shift(selection.last(), -12))));
    Object[] growth =
        (Object[])
            selection
                .entityManager()
                .createNativeQuery(
                    "SELECT count(*) FILTER (WHERE stunting IS NOT NULL),"
                        + " count(*) FILTER (WHERE stunting IN ('STUNTED', 'SEVERELY_STUNTED')),"
                        + " count(*) FILTER (WHERE wasting IS NOT NULL),"
                        + " count(*) FILTER (WHERE wasting IN ('WASTED', 'SEVERELY_WASTED'))"
                        + " FROM dashboard_child_growth"
                        + " WHERE to_char(measured_on, 'YYYY-MM') BETWEEN ?1 AND ?2"
                        + " AND (?3 = '' OR kecamatan = ?3)")
                .setParameter(1, selection.first())
                .setParameter(2, selection.last())
                .setParameter(3, selection.kecamatan())
                .getSingleResult();
    indicators.put(
        "stunting-prevalence",
        Rate.of(((Number) growth[1]).longValue(), ((Number) growth[0]).longValue()));
    indicators.put(
        "wasting-prevalence",
        Rate.of(((Number) growth[3]).longValue(), ((Number) growth[2]).longValue()));
  }

  @Override
  public List<String> tables() {
    return List.of("dashboard_child_growth");
  }
}

package id.go.okikab.gateway.service;

import id.go.okikab.gateway.readmodel.DashboardIndicators;
import id.go.okikab.gateway.readmodel.DashboardSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads of the regency dashboard: every metric's cells and totals from {@code dashboard_count}, and
 * the indicators each context computes from them ({@link DashboardIndicators}).
 */
@ApplicationScoped
public class DashboardQueries {

  /** A metric's value for one kecamatan and month. */
  public record Cell(String kecamatan, String period, long value) {}

  /** A metric: its total over the selection and its cells. */
  public record Metric(long total, List<Cell> cells) {}

  /** A share: numerator / denominator (null when the denominator is 0). */
  public record Rate(long numerator, long denominator, Double value) {
    public static Rate of(long numerator, long denominator) {
      return new Rate(
          numerator,
          denominator,
          denominator == 0 ? null : Math.round(10_000.0 * numerator / denominator) / 10_000.0);
    }
  }

  /**
   * The dashboard for a period and (optionally) one kecamatan: counters per metric, and the
   * indicators derived from them.
   */
  public record Dashboard(
      String from,
      String to,
      String kecamatan,
      Map<String, Metric> metrics,
      Map<String, Rate> indicators) {}

  private final EntityManager entityManager;
  private final List<DashboardIndicators> contexts;

  DashboardQueries(EntityManager entityManager, Instance<DashboardIndicators> contexts) {
    this.entityManager = entityManager;
    this.contexts = contexts.stream().toList();
  }

  @SuppressWarnings("unchecked")
  public Dashboard figures(String from, String to, String kecamatan) {
    String first = from == null ? "0000-01" : from;
    String last = to == null ? "9999-12" : to;
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT metric, kecamatan, period, value FROM dashboard_count"
                    + " WHERE period BETWEEN ?1 AND ?2 AND (?3 = '' OR kecamatan = ?3)"
                    + " ORDER BY metric, kecamatan, period")
            .setParameter(1, first)
            .setParameter(2, last)
            .setParameter(3, kecamatan == null ? "" : kecamatan)
            .getResultList();
    Map<String, List<Cell>> cells = new TreeMap<>();
    for (Object[] row : rows) {
      cells
          .computeIfAbsent((String) row[0], m -> new ArrayList<>())
          .add(new Cell((String) row[1], (String) row[2], ((Number) row[3]).longValue()));
    }
    Map<String, Metric> metrics = new TreeMap<>();
    cells.forEach(
        (metric, list) ->
            metrics.put(metric, new Metric(list.stream().mapToLong(Cell::value).sum(), list)));
    Map<String, Long> totals = new TreeMap<>();
    metrics.forEach((metric, m) -> totals.put(metric, m.total()));
    DashboardSelection selection =
        new DashboardSelection(first, last, kecamatan, totals, entityManager);
    Map<String, Rate> indicators = new TreeMap<>();
    for (DashboardIndicators context : contexts) {
      context.indicators(selection, indicators);
    }
    return new Dashboard(from, to, kecamatan, metrics, indicators);
  }
}

package id.go.okikab.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads of the regency dashboard. */
@ApplicationScoped
public class DashboardQueries {

  /** A metric's value for one kecamatan and month. */
  public record Cell(String kecamatan, String period, long value) {}

  /** A metric: its total over the selection and its cells. */
  public record Metric(long total, List<Cell> cells) {}

  /** A share: numerator / denominator (null when the denominator is 0). */
  public record Rate(long numerator, long denominator, Double value) {
    static Rate of(long numerator, long denominator) {
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

  DashboardQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
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
    Map<String, Rate> indicators = new TreeMap<>();
    long pregnancies = total(metrics, "pregnancies");
    indicators.put("anc-k1-coverage", Rate.of(total(metrics, "anc-k1"), pregnancies));
    indicators.put("anc-k6-coverage", Rate.of(total(metrics, "anc-k6"), pregnancies));
    // children completing the basic series in the period, over those born a year earlier
    indicators.put(
        "immunization-complete-rate",
        Rate.of(
            total(metrics, "immunization-complete"),
            count("live-births", shift(first, -12), shift(last, -12), kecamatan)));
    Object[] growth =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT count(*) FILTER (WHERE stunting IS NOT NULL),"
                        + " count(*) FILTER (WHERE stunting IN ('STUNTED', 'SEVERELY_STUNTED')),"
                        + " count(*) FILTER (WHERE wasting IS NOT NULL),"
                        + " count(*) FILTER (WHERE wasting IN ('WASTED', 'SEVERELY_WASTED'))"
                        + " FROM dashboard_child_growth"
                        + " WHERE to_char(measured_on, 'YYYY-MM') BETWEEN ?1 AND ?2"
                        + " AND (?3 = '' OR kecamatan = ?3)")
                .setParameter(1, first)
                .setParameter(2, last)
                .setParameter(3, kecamatan == null ? "" : kecamatan)
                .getSingleResult();
    indicators.put(
        "stunting-prevalence",
        Rate.of(((Number) growth[1]).longValue(), ((Number) growth[0]).longValue()));
    indicators.put(
        "wasting-prevalence",
        Rate.of(((Number) growth[3]).longValue(), ((Number) growth[2]).longValue()));
    return new Dashboard(from, to, kecamatan, metrics, indicators);
  }

  private static long total(Map<String, Metric> metrics, String metric) {
    Metric m = metrics.get(metric);
    return m == null ? 0 : m.total();
  }

  private long count(String metric, String first, String last, String kecamatan) {
    Object sum =
        entityManager
            .createNativeQuery(
                "SELECT COALESCE(sum(value), 0) FROM dashboard_count WHERE metric = ?1"
                    + " AND period BETWEEN ?2 AND ?3 AND (?4 = '' OR kecamatan = ?4)")
            .setParameter(1, metric)
            .setParameter(2, first)
            .setParameter(3, last)
            .setParameter(4, kecamatan == null ? "" : kecamatan)
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  /** {@code YYYY-MM} moved by {@code months} (the open bounds stay open). */
  static String shift(String period, int months) {
    if (period.startsWith("0000") || period.startsWith("9999")) {
      return period;
    }
    java.time.YearMonth month = java.time.YearMonth.parse(period).plusMonths(months);
    return String.format("%04d-%02d", month.getYear(), month.getMonthValue());
  }
}

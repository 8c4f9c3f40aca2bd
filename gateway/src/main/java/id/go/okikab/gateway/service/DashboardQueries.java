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

  /** The dashboard for a period and (optionally) one kecamatan. */
  public record Dashboard(String from, String to, String kecamatan, Map<String, Metric> metrics) {}

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
    return new Dashboard(from, to, kecamatan, metrics);
  }
}

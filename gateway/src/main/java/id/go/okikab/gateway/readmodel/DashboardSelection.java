package id.go.okikab.gateway.readmodel;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a dashboard request selected (months {@code first}–{@code last}, open bounds {@code
 * 0000-01}/{@code 9999-12}, and one kecamatan or all), with the selection's metric totals, for the
 * contexts' {@link DashboardIndicators}.
 */
public final class DashboardSelection {

  private final String first;
  private final String last;
  private final String kecamatan;
  private final Map<String, Long> totals;
  private final EntityManager entityManager;

  public DashboardSelection(
      String first,
      String last,
      String kecamatan,
      Map<String, Long> totals,
      EntityManager entityManager) {
    this.first = first;
    this.last = last;
    this.kecamatan = kecamatan;
    this.totals = Map.copyOf(totals);
    this.entityManager = entityManager;
  }

  public String first() {
    return first;
  }

  public String last() {
    return last;
  }

  /** The selected kecamatan, or "" for all. */
  public String kecamatan() {
    return kecamatan == null ? "" : kecamatan;
  }

  /** A metric's total over the selection (0 when it has no cells). */
  public long total(String metric) {
    return totals.getOrDefault(metric, 0L);
  }

  /** A metric's total over other months (e.g. twelve months earlier), same kecamatan. */
  public long total(String metric, String fromPeriod, String toPeriod) {
    Object sum =
        entityManager
            .createNativeQuery(
                "SELECT COALESCE(sum(value), 0) FROM dashboard_count WHERE metric = ?1"
                    + " AND period BETWEEN ?2 AND ?3 AND (?4 = '' OR kecamatan = ?4)")
            .setParameter(1, metric)
            .setParameter(2, fromPeriod)
            .setParameter(3, toPeriod)
            .setParameter(4, kecamatan())
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  /** For a context's own read-model tables. */
  public EntityManager entityManager() {
    return entityManager;
  }

  /** {@code YYYY-MM} moved by {@code months} (the open bounds stay open). */
  public static String shift(String period, int months) {
    if (period.startsWith("0000") || period.startsWith("9999")) {
      return period;
    }
    YearMonth month = YearMonth.parse(period).plusMonths(months);
    return String.format("%04d-%02d", month.getYear(), month.getMonthValue());
  }
}

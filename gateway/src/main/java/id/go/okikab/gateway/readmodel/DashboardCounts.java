package id.go.okikab.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The regency dashboard's counters (table {@code dashboard_count}): a value per metric, kecamatan
 * and month. Each context's {@code figures/<Context>Figures} projection counts its events here;
 * this class owns the table (emptied on a rebuild) and knows how a desa code and a day become a
 * kecamatan and a month.
 */
@ApplicationScoped
public class DashboardCounts implements ReadModelProjection {

  /** The kecamatan of events without a usable desa code: counted regency-wide only. */
  public static final String UNKNOWN_KECAMATAN = "000000";

  private final EntityManager entityManager;
  private final ZoneId zone;

  DashboardCounts(EntityManager entityManager, ZoneId zone) {
    this.entityManager = entityManager;
    this.zone = zone;
  }

  /**
   * Adds one to {@code metric} for the kecamatan of {@code desaCode} in the month of {@code day}.
   */
  public void count(String metric, String desaCode, LocalDate day) {
    add(metric, kecamatan(desaCode), period(day), 1);
  }

  /** As {@link #count(String, String, LocalDate)}, for an instant (its day in WIB). */
  public void count(String metric, String desaCode, OffsetDateTime at) {
    count(metric, desaCode, localDate(at));
  }

  /** Adds {@code delta} (an amount in rupiah, a number of days…) to a metric's cell. */
  public void add(String metric, String desaCode, LocalDate day, long delta) {
    add(metric, kecamatan(desaCode), period(day), delta);
  }

  public void add(String metric, String kecamatan, String period, long delta) {
    entityManager
        .createNativeQuery(
            "INSERT INTO dashboard_count (metric, kecamatan, period, value) VALUES (?1, ?2, ?3, ?4)"
                + " ON CONFLICT (metric, kecamatan, period)"
                + " DO UPDATE SET value = dashboard_count.value + EXCLUDED.value")
        .setParameter(1, metric)
        .setParameter(2, kecamatan)
        .setParameter(3, period)
        .setParameter(4, delta)
        .executeUpdate();
  }

  /** The local date (WIB) of an instant. */
  public LocalDate localDate(OffsetDateTime at) {
    return at.atZoneSameInstant(zone).toLocalDate();
  }

  /** The kecamatan (first 6 digits) of a 10-digit Kemendagri desa code. */
  public static String kecamatan(String desaCode) {
    if (desaCode == null || !desaCode.matches("\\d{10}")) {
      return UNKNOWN_KECAMATAN;
    }
    return desaCode.substring(0, 6);
  }

  public static String period(LocalDate day) {
    return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
  }

  @Override
  public void apply(id.go.okikab.platform.events.inbox.IncomingEvent event) {
    // the counters are written by the contexts' figures, not by events directly
  }

  @Override
  public List<String> tables() {
    return List.of("dashboard_count");
  }
}

package id.go.okikab.gateway.readmodel;

import id.go.okikab.platform.events.civilregistry.BirthRegistered;
import id.go.okikab.platform.events.civilregistry.DeathRegistered;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * The regency dashboard's counters, per kecamatan and month, from the events that carry them. Each
 * service's figures are one block of mappings here.
 */
@ApplicationScoped
public class DashboardProjection implements ReadModelProjection {

  /** Metric names, as the dashboard reports them. */
  public static final String BIRTHS = "births";

  public static final String BIRTHS_LATE = "births-late";
  public static final String DEATHS = "deaths";
  public static final String DEATHS_LATE = "deaths-late";

  private final EntityManager entityManager;

  DashboardProjection(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void apply(IncomingEvent event) {
    // civil registry
    event
        .as(BirthRegistered.class)
        .ifPresent(
            birth -> {
              count(BIRTHS, birth.desaCode(), birth.birthDate());
              if (birth.late()) {
                count(BIRTHS_LATE, birth.desaCode(), birth.birthDate());
              }
            });
    event
        .as(DeathRegistered.class)
        .ifPresent(
            death -> {
              count(DEATHS, death.desaCode(), death.dateOfDeath());
              if (death.late()) {
                count(DEATHS_LATE, death.desaCode(), death.dateOfDeath());
              }
            });
  }

  /**
   * Adds one to {@code metric} for the kecamatan of {@code desaCode} in the month of {@code day}.
   */
  void count(String metric, String desaCode, LocalDate day) {
    add(metric, kecamatan(desaCode), period(day), 1);
  }

  void add(String metric, String kecamatan, String period, long delta) {
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

  /** The kecamatan (first 6 digits) of a 10-digit Kemendagri desa code. */
  static String kecamatan(String desaCode) {
    if (desaCode == null || !desaCode.matches("\\d{10}")) {
      return "000000"; // unknown place: counted regency-wide only
    }
    return desaCode.substring(0, 6);
  }

  static String period(LocalDate day) {
    return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
  }

  @Override
  public List<String> tables() {
    return List.of("dashboard_count");
  }
}

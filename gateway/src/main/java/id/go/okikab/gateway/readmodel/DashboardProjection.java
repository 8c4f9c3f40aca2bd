package id.go.okikab.gateway.readmodel;

import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.contracts.health.AncContactRecorded;
import id.go.okikab.contracts.health.BasicImmunizationCompleted;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.contracts.health.GrowthAssessed;
import id.go.okikab.contracts.health.PregnancyRegistered;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
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
  public static final String PREGNANCIES = "pregnancies";
  public static final String ANC_K1 = "anc-k1";
  public static final String ANC_K6 = "anc-k6";
  public static final String LIVE_BIRTHS = "live-births";
  public static final String IMMUNIZATION_COMPLETE = "immunization-complete";

  private final EntityManager entityManager;

  /** The regency's zone (WIB): the local date, and so the month, of an instant. */
  private final ZoneId zone;

  DashboardProjection(EntityManager entityManager, ZoneId zone) {
    this.entityManager = entityManager;
    this.zone = zone;
  }

  @Override
  public void apply(IncomingEvent event) {
    civilRegistry(event);
    health(event);
  }

  private void health(IncomingEvent event) {
    event
        .as(PregnancyRegistered.class)
        .ifPresent(p -> count(PREGNANCIES, p.desaCode(), p.registeredOn()));
    event
        .as(AncContactRecorded.class)
        .ifPresent(
            contact -> {
              // K1: the first contact; K6: the sixth (the current ≥6-contact indicator)
              if (contact.contactNumber() == 1) {
                count(ANC_K1, contact.desaCode(), contact.visitDate());
              } else if (contact.contactNumber() == 6) {
                count(ANC_K6, contact.desaCode(), contact.visitDate());
              }
            });
    event
        .as(BirthReported.class)
        .filter(b -> b.outcome() == BirthReported.Outcome.LIVE_BIRTH)
        .ifPresent(
            b ->
                count(LIVE_BIRTHS, b.desaCode(), b.bornAt().atZoneSameInstant(zone).toLocalDate()));
    event
        .as(BasicImmunizationCompleted.class)
        .ifPresent(c -> count(IMMUNIZATION_COMPLETE, c.desaCode(), c.completedOn()));
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
        .setParameter(2, kecamatan(g.desaCode()))
        .setParameter(3, g.measuredOn())
        .setParameter(4, g.stunting() == null ? null : g.stunting().name())
        .setParameter(5, g.wasting() == null ? null : g.wasting().name())
        .executeUpdate();
  }

  private void civilRegistry(IncomingEvent event) {
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
    return List.of("dashboard_count", "dashboard_child_growth");
  }
}

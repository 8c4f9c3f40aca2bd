package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.BirthRegistration;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.repository.BirthRegistrationRepository;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.platform.domain.RegionCode;
import id.go.okikab.platform.events.inbox.NonRetriableEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Health's reports of births (health.BirthReported): a live birth opens a DRAFT birth registration
 * prefilled from the report, which the parents or an officer complete in the {@link
 * RegistrationWorkflow}.
 */
@ApplicationScoped
public class BirthReports {

  private static final Logger LOG = Logger.getLogger(BirthReports.class);

  /** Who opened a DRAFT from a report, in its history. */
  static final String HEALTH_ACTOR = "health.BirthReported";

  private final BirthRegistrationRepository births;
  private final BirthRegistrations kind;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final RegionService regions;
  private final RegistrationHistory history;
  private final CivilRegistryConfig config;
  private final Clock clock;
  private final ZoneId zone;

  public BirthReports(
      BirthRegistrationRepository births,
      BirthRegistrations kind,
      ResidentRepository residents,
      FamilyRepository families,
      RegionService regions,
      RegistrationHistory history,
      CivilRegistryConfig config,
      Clock clock,
      ZoneId zone) {
    this.births = births;
    this.kind = kind;
    this.residents = residents;
    this.families = families;
    this.regions = regions;
    this.history = history;
    this.config = config;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Opens a DRAFT from a health report of a live birth (in the inbox's transaction). A stillbirth
   * opens nothing: its surat keterangan lahir mati is declared by the family, and no record of it
   * is kept here. A repeated report of the same child is ignored.
   *
   * @throws NonRetriableEventException for a report that can never apply (dead letter)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<UUID> openFromHealth(BirthReported report, OffsetDateTime reportedAt) {
    if (report.outcome() == null) {
      throw new NonRetriableEventException("outcome is required");
    }
    if (report.outcome() == BirthReported.Outcome.STILLBIRTH) {
      LOG.infof(
          "pregnancy %s: stillbirth reported; no birth registration is opened",
          report.pregnancyId());
      return Optional.empty();
    }
    if (report.motherRef() == null || !report.motherRef().matches("[0-9a-f]{64}")) {
      throw new NonRetriableEventException("motherRef is not a subjectRef");
    }
    if (report.bornAt() == null || report.sex() == null) {
      throw new NonRetriableEventException("bornAt and sex are required");
    }
    if (report.childId() != null && births.count("healthChildId", report.childId()) > 0) {
      LOG.infof("health child %s already has a birth registration", report.childId());
      return Optional.empty();
    }
    Instant now = clock.instant();
    String desa = null;
    String place = null;
    if (report.desaCode() != null && RegionCode.isWellFormed(report.desaCode())) {
      RegionCode code = RegionCode.parse(report.desaCode());
      if (code.level() == RegionCode.Level.VILLAGE) {
        desa = code.digits();
        place = regions.find(desa).map(RegionService.Entry::name).orElse(null);
      }
    }
    Resident mother = residents.findBySubjectRef(report.motherRef()).orElse(null);
    UUID familyId = mother == null ? null : families.currentFamilyIdOf(mother.id).orElse(null);
    Opened<BirthRegistration> opened =
        BirthRegistration.fromHealth(
            new BirthRegistration.HealthReport(
                report.pregnancyId(),
                report.childId(),
                report.motherRef(),
                report.sex(),
                report.bornAt().atZoneSameInstant(zone),
                desa,
                place,
                mother,
                familyId,
                reportedAt == null ? now : reportedAt.toInstant()),
            now,
            zone,
            config.births().lateAfterDays());
    BirthRegistration registration = opened.registration();
    kind.flagDuplicates(registration);
    births.persist(registration);
    history.record(registration, opened.transition(), HEALTH_ACTOR, now);
    return Optional.of(registration.id);
  }
}

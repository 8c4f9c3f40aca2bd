package id.go.okikab.health.service;

import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.RiskSource;
import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.AncContactRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.health.service.PregnancyCommands.AddRiskFactors;
import id.go.okikab.health.service.PregnancyCommands.RecordAncContact;
import id.go.okikab.health.service.PregnancyViews.AncContactRecordedView;
import id.go.okikab.health.service.PregnancyViews.AncContactView;
import id.go.okikab.health.service.PregnancyViews.RiskView;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Antenatal care of a pregnancy: ANC contacts with their measurements, and KSPR risk factors found
 * between visits. The rules (numbering, dates, the factors a measurement shows, the score that
 * never decreases) are {@link Pregnancy}'s; this class loads, checks the officer's area, stores and
 * publishes.
 */
@ApplicationScoped
public class AncService {

  private final PregnancyRepository pregnancies;
  private final AncContactRepository contacts;
  private final KiaEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final Kspr kspr;
  private final Clock clock;
  private final ZoneId zone;

  public AncService(
      PregnancyRepository pregnancies,
      AncContactRepository contacts,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      Kspr kspr,
      Clock clock,
      ZoneId zone) {
    this.pregnancies = pregnancies;
    this.contacts = contacts;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.kspr = kspr;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Records an ANC contact: {@code AncContactRecorded}, and {@code HighRiskPregnancyFlagged} when
   * its findings raise the KSPR class.
   *
   * @throws DomainRuleViolation the rules of {@link Pregnancy#recordContact}
   */
  @Transactional
  public AncContactRecordedView recordContact(UUID id, RecordAncContact request) {
    Pregnancy p = pregnancies.require(id);
    HealthFacility facility = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    LocalDate lastVisit =
        contacts
            .find(
                "pregnancyId",
                Sort.descending("visitDate").and("contactNumber", Sort.Direction.Descending),
                id)
            .firstResultOptional()
            .map(c -> c.visitDate)
            .orElse(null);
    LocalDate today = LocalDate.now(clock);
    Pregnancy.ContactRecorded recorded =
        p.recordContact(
            new Pregnancy.AncVisit(
                request.visitDate(),
                request.withDoctor(),
                request.weightKg(),
                request.systolicMmHg(),
                request.diastolicMmHg(),
                request.lilaCm(),
                request.hbGramsPerDecilitre(),
                request.fundalHeightCm(),
                request.notes(),
                request.riskFactors()),
            lastVisit,
            facility.code,
            kspr,
            today,
            OffsetDateTime.now(clock),
            caller.actorId());
    contacts.persist(recorded.contact());
    pregnancies.flush();
    events.ancContactRecorded(p, recorded.contact());
    recorded.raisedTo().ifPresent(r -> events.highRisk(p, r, today));
    return new AncContactRecordedView(
        AncContactView.of(recorded.contact(), zone), RiskView.of(p, zone));
  }

  /**
   * Adds KSPR factors found outside a visit, a change of the pregnancy's own state (its score and
   * class): {@code If-Match} names the version read. {@code HighRiskPregnancyFlagged} when the
   * class rises.
   *
   * @return the risk, and the pregnancy's version after the change
   * @throws ProblemException 428 without {@code If-Match}, 412 when it is stale
   * @throws DomainRuleViolation {@code pregnancy-not-ongoing}
   */
  @Transactional
  public Versioned<RiskView> addRiskFactors(UUID id, String ifMatch, AddRiskFactors request) {
    Pregnancy p = pregnancies.require(id);
    access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    Preconditions.requireIfMatch(ifMatch, p.version);
    p.requireOngoing();
    Optional<RiskClass> raised =
        p.addRiskFactors(
            request.riskFactors(), RiskSource.OFFICER, null, kspr, OffsetDateTime.now(clock));
    pregnancies.flush();
    raised.ifPresent(r -> events.highRisk(p, r, LocalDate.now(clock)));
    return new Versioned<>(RiskView.of(p, zone), p.version);
  }
}

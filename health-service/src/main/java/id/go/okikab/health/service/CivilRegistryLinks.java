package id.go.okikab.health.service;

import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.growth.GrowthStandards;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.events.inbox.NonRetriableEventException;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What the civil registry's events mean for KIA records (each handled inside the inbox's
 * transaction, once per event).
 *
 * <p><b>{@code BirthRegistered}</b> — the child now has a NIK. The child's record is found by
 * {@code healthChildId} when the registration was opened from this service's {@code BirthReported};
 * otherwise by the mother's subjectRef, the birth date and the sex among her children not linked
 * yet. Exactly one candidate is linked; none → a record is created from the registration (for a
 * child under five living in OKI, so that it gets its immunisation schedule); several (same-sex
 * twins without {@code healthChildId}) → not guessed: the event goes to the dead-letter topic for
 * an officer to resolve. Linking sets {@code childRef} (and {@code fatherRef}) and confirms the
 * schedule, adding doses the program introduced since the record was made. A record already linked
 * to another NIK is a contradiction → dead-letter topic.
 *
 * <p><b>{@code DeathRegistered}</b> — the person died. Their ongoing pregnancy is closed, the open
 * postnatal visits of their deliveries are cancelled; their own child record (if the deceased is a
 * child followed here) is closed with its open neonatal visits, so no due list, overdue event or
 * missed-visit event names them again. Records of their children stay open. Nothing is deleted.
 */
@ApplicationScoped
public class CivilRegistryLinks {

  private static final Logger LOG = Logger.getLogger(CivilRegistryLinks.class);

  private final ChildRepository children;
  private final PregnancyRepository pregnancies;
  private final ImmunizationSchedules schedules;
  private final PostnatalService postnatal;
  private final Clock clock;

  public CivilRegistryLinks(
      ChildRepository children,
      PregnancyRepository pregnancies,
      ImmunizationSchedules schedules,
      PostnatalService postnatal,
      Clock clock) {
    this.children = children;
    this.pregnancies = pregnancies;
    this.schedules = schedules;
    this.postnatal = postnatal;
    this.clock = clock;
  }

  /** What happened to a registered birth. */
  public enum LinkOutcome {
    LINKED_BY_ID,
    LINKED_BY_MATCH,
    CREATED,
    IGNORED
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public LinkOutcome birthRegistered(BirthRegistered birth) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Child child = null;
    LinkOutcome outcome = null;
    if (birth.healthChildId() != null) {
      UUID id;
      try {
        id = UUID.fromString(birth.healthChildId());
      } catch (IllegalArgumentException e) {
        throw new NonRetriableEventException("healthChildId is not a health-service record id");
      }
      child = children.findById(id);
      if (child == null) {
        throw new NonRetriableEventException("healthChildId names no child record here");
      }
      outcome = LinkOutcome.LINKED_BY_ID;
    } else if (birth.motherRef() != null) {
      List<Child> candidates =
          children.list(
              "motherRef = ?1 and birthDate = ?2 and sex = ?3 and childRef is null",
              birth.motherRef(),
              birth.birthDate(),
              birth.sex());
      if (candidates.size() > 1) {
        throw new NonRetriableEventException(
            candidates.size()
                + " unlinked child records of the mother match the birth date and sex: not"
                + " guessing which one this registration is");
      }
      if (candidates.size() == 1) {
        child = candidates.get(0);
        outcome = LinkOutcome.LINKED_BY_MATCH;
      }
    }
    if (child == null) {
      Child existing = children.find("childRef", birth.childRef()).firstResult();
      if (existing != null) {
        existing.link(birth.childRef(), birth.fatherRef(), birth.registrationId(), now);
        schedules.ensureSchedule(existing);
        return LinkOutcome.LINKED_BY_MATCH;
      }
      return create(birth, now);
    }
    if (!child.linkableTo(birth.childRef())) {
      throw new NonRetriableEventException(
          "the child record is already linked to another registered child");
    }
    child.link(birth.childRef(), birth.fatherRef(), birth.registrationId(), now);
    schedules.ensureSchedule(child);
    LOG.debugf(
        "birth registration %s linked child record %s (%s)",
        birth.registrationId(), child.id, outcome);
    return outcome;
  }

  private LinkOutcome create(BirthRegistered birth, OffsetDateTime now) {
    LocalDate today = now.toLocalDate();
    int age = (int) java.time.temporal.ChronoUnit.DAYS.between(birth.birthDate(), today);
    boolean inOki =
        birth.desaCode() != null
            && birth.desaCode().matches("\\d{10}")
            && birth.desaCode().startsWith(OkiDesaCodes.OKI)
            && OkiKecamatan.isKnown(OkiDesaCodes.kecamatanOf(birth.desaCode()));
    if (age < 0 || age > GrowthStandards.MAX_AGE_DAYS || !inOki) {
      LOG.debugf(
          "birth registration %s: no child record (over five or outside OKI)",
          birth.registrationId());
      return LinkOutcome.IGNORED;
    }
    Child child =
        Child.fromRegistration(
            birth.registrationId(),
            birth.childRef(),
            birth.motherRef(),
            birth.fatherRef(),
            birth.sex(),
            birth.birthDate(),
            birth.desaCode(),
            now);
    children.persist(child);
    children.flush();
    schedules.ensureSchedule(child);
    LOG.debugf("birth registration %s created child record %s", birth.registrationId(), child.id);
    return LinkOutcome.CREATED;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public int deathRegistered(DeathRegistered death) {
    int closed = 0;
    for (Pregnancy p : pregnancies.list("motherRef", death.subjectRef())) {
      if (p.isOpen()) {
        p.closeForDeath(death.dateOfDeath());
        postnatal.cancelOpen(p.id, null, "MOTHER_DECEASED");
        closed++;
      }
    }
    for (Child c : children.list("childRef", death.subjectRef())) {
      if (c.isActive()) {
        c.closeForDeath(death.dateOfDeath());
        postnatal.cancelOpen(c.pregnancyId, c.id, "CHILD_DECEASED");
        closed++;
      }
    }
    LOG.debugf("death registration %s closed %d record(s)", death.registrationId(), closed);
    return closed;
  }
}

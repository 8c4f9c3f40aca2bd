package id.go.okikab.health.service;

import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.anc.AncSchedule;
import id.go.okikab.health.domain.anc.Gestation;
import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.AncContactRepository;
import id.go.okikab.health.repository.DeliveryBabyRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.health.service.PregnancyCommands.RegisterPregnancy;
import id.go.okikab.health.service.PregnancyViews.AncContactView;
import id.go.okikab.health.service.PregnancyViews.AncSlotView;
import id.go.okikab.health.service.PregnancyViews.BabyView;
import id.go.okikab.health.service.PregnancyViews.DeliveryView;
import id.go.okikab.health.service.PregnancyViews.GestationalAge;
import id.go.okikab.health.service.PregnancyViews.PregnancySummary;
import id.go.okikab.health.service.PregnancyViews.PregnancyView;
import id.go.okikab.health.service.PregnancyViews.RiskView;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Pregnancies: registration (NIK → subjectRef) and the reads of a pregnancy record — the record
 * with its KSPR risk, minimum-contact schedule and delivery, its ANC contacts, its KF/KN visits.
 * Officers act within their facility's area; the mother reads her own records. Every read is
 * audited. Recording contacts and risk factors is {@link AncService}, the delivery {@link
 * DeliveryService}, postnatal visits {@link PostnatalService}.
 */
@ApplicationScoped
public class PregnancyService {

  private final PregnancyRepository pregnancies;
  private final AncContactRepository contacts;
  private final DeliveryBabyRepository deliveryBabies;
  private final PostnatalService postnatal;
  private final KiaEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final SubjectRefs subjectRefs;
  private final Kspr kspr;
  private final Clock clock;
  private final ZoneId zone;

  public PregnancyService(
      PregnancyRepository pregnancies,
      AncContactRepository contacts,
      DeliveryBabyRepository deliveryBabies,
      PostnatalService postnatal,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      SubjectRefs subjectRefs,
      Kspr kspr,
      Clock clock,
      ZoneId zone) {
    this.pregnancies = pregnancies;
    this.contacts = contacts;
    this.deliveryBabies = deliveryBabies;
    this.postnatal = postnatal;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.subjectRefs = subjectRefs;
    this.kspr = kspr;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Registers a pregnancy at the officer's facility: {@code PregnancyRegistered}, and {@code
   * HighRiskPregnancyFlagged} when it starts at KRT or KRST.
   *
   * @throws DomainRuleViolation on a NIK that breaks its structure ({@code nik-*}) or is a man's
   *     ({@code mother-nik-male}), a bad desa code, impossible dates, an implausible age
   * @throws ConflictProblem when the mother has an ongoing pregnancy
   */
  @Transactional
  public PregnancyView register(RegisterPregnancy request) {
    HealthFacility facility = access.officerFacility();
    LocalDate today = LocalDate.now(clock);
    Nik nik = parseMotherNik(request.motherNik(), today);
    String desa = OkiDesaCodes.requireKnown(request.desaCode(), "desaCode");
    LocalDate birthDate =
        request.motherBirthDate() != null ? request.motherBirthDate() : nik.birthDate();
    int age = Period.between(birthDate, request.hpht()).getYears();
    if (age < 10 || age > 60) {
      throw new DomainRuleViolation(
          "mother-age-implausible",
          "The mother's age at HPHT would be "
              + age
              + " (from "
              + (request.motherBirthDate() != null ? "motherBirthDate" : "the NIK")
              + "); give motherBirthDate from her KTP or check HPHT.",
          request.motherBirthDate() != null ? "motherBirthDate" : "motherNik");
    }
    String motherRef = subjectRefs.of(nik.value());
    if (pregnancies.count("motherRef = ?1 and status = ?2", motherRef, Pregnancy.Status.ONGOING)
        > 0) {
      throw new ConflictProblem("This mother already has an ongoing pregnancy record.");
    }
    Set<RiskFactor> declared = EnumSet.noneOf(RiskFactor.class);
    if (request.riskFactors() != null) {
      declared.addAll(request.riskFactors());
    }
    Pregnancy p =
        Pregnancy.register(
            new Pregnancy.Registration(
                motherRef,
                facility.code,
                desa,
                request.kohortNumber(),
                request.hpht(),
                age,
                request.gravida(),
                request.parity(),
                request.lastBirthDate(),
                request.heightCm(),
                declared),
            kspr,
            today,
            OffsetDateTime.now(clock),
            caller.actorId());
    pregnancies.persist(p);
    pregnancies.flush();
    events.pregnancyRegistered(p, today);
    if (p.isHighRisk()) {
      events.highRisk(p, p.riskClass, today);
    }
    return view(p);
  }

  /** The officer's area's pregnancies, or the citizen's own. Each listed record is audited. */
  @Transactional
  public Page<PregnancySummary> list(Pregnancy.Status status, PageRequest paging) {
    Sort newest = Sort.descending("registeredAt").and("id");
    Page<Pregnancy> page;
    Optional<String> me = access.citizenRef();
    boolean own;
    if (access.isOfficer()) {
      HealthFacility f = access.officerFacility();
      String query = "(kecamatanCode = ?1 or facilityCode = ?2)";
      page =
          status == null
              ? Pages.of(pregnancies.find(query, newest, f.kecamatanCode, f.code), paging, p -> p)
              : Pages.of(
                  pregnancies.find(
                      query + " and status = ?3", newest, f.kecamatanCode, f.code, status),
                  paging,
                  p -> p);
      own = false;
    } else if (me.isPresent()) {
      page =
          status == null
              ? Pages.of(pregnancies.find("motherRef", newest, me.get()), paging, p -> p)
              : Pages.of(
                  pregnancies.find("motherRef = ?1 and status = ?2", newest, me.get(), status),
                  paging,
                  p -> p);
      own = true;
    } else {
      throw new ForbiddenProblem("Citizens need a NIK on their account to see their records.");
    }
    for (Pregnancy p : page.items()) {
      access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, own);
    }
    return page.map(p -> PregnancySummary.of(p, zone));
  }

  /** An officer finds a mother's pregnancies in their area by her NIK (sent in a body). */
  @Transactional
  public List<PregnancySummary> lookup(String motherNik) {
    HealthFacility f = access.officerFacility();
    Nik nik = parseMotherNik(motherNik, LocalDate.now(clock));
    String ref = subjectRefs.of(nik.value());
    List<PregnancySummary> found = new ArrayList<>();
    for (Pregnancy p :
        pregnancies.list("motherRef", Sort.descending("registeredAt").and("id"), ref)) {
      if (f.covers(p.kecamatanCode, p.facilityCode)) {
        access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, false);
        found.add(PregnancySummary.of(p, zone));
      }
    }
    return found;
  }

  /** The record, with its KSPR risk, ANC schedule and delivery; {@code version} is its ETag. */
  @Transactional
  public PregnancyView get(UUID id) {
    return view(readable(id));
  }

  @Transactional
  public List<AncContactView> contacts(UUID id) {
    Pregnancy p = readable(id);
    return contacts.list("pregnancyId", Sort.by("contactNumber"), p.id).stream()
        .map(c -> AncContactView.of(c, zone))
        .toList();
  }

  @Transactional
  public AncContactView contact(UUID id, UUID contactId) {
    return contacts(id).stream()
        .filter(c -> c.id().equals(contactId))
        .findFirst()
        .orElseThrow(() -> new NotFoundProblem("ANC contact", contactId));
  }

  /**
   * @throws NotFoundProblem when no delivery is recorded
   */
  @Transactional
  public DeliveryView delivery(UUID id) {
    PregnancyView view = get(id);
    if (view.delivery() == null) {
      throw new NotFoundProblem("No delivery is recorded for pregnancy " + id + ".");
    }
    return view.delivery();
  }

  /** The KF visits of the mother and the KN visits of her live-born babies. */
  @Transactional
  public List<VisitView> postnatalVisits(UUID id) {
    return postnatal.ofPregnancy(readable(id).id);
  }

  /** Loads a pregnancy the caller may read (its officers, the mother), and audits the read. */
  private Pregnancy readable(UUID id) {
    Pregnancy p = pregnancies.require(id);
    boolean own =
        access.requireReader(
            PregnancyRepository.RESOURCE,
            p.id,
            p.kecamatanCode,
            p.facilityCode,
            ref -> ref.equals(p.motherRef));
    access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, own);
    return p;
  }

  /** The pregnancy as officers and the mother see it (no access check, no audit). */
  @Transactional(Transactional.TxType.MANDATORY)
  PregnancyView view(Pregnancy p) {
    LocalDate today = LocalDate.now(clock);
    LocalDate endedOn = p.endedOn(zone);
    List<AncSchedule.Contact> recorded =
        contacts.list("pregnancyId", Sort.by("contactNumber"), p.id).stream()
            .map(c -> new AncSchedule.Contact(c.contactNumber, c.visitDate, c.withDoctor))
            .toList();
    List<AncSchedule.Slot> slots = AncSchedule.of(p.hpht, recorded, today, endedOn);
    LocalDate ageOn = endedOn != null ? endedOn : today;
    int days = (int) Gestation.days(p.hpht, ageOn);
    GestationalAge age =
        days < 0 || days > Gestation.LONGEST_DAYS
            ? null
            : new GestationalAge(ageOn, days / 7, days % 7, Gestation.trimesterOfWeeks(days / 7));
    DeliveryView delivery = null;
    if (p.status == Pregnancy.Status.DELIVERED) {
      delivery =
          deliveryView(
              p,
              deliveryBabies.list("pregnancyId", Sort.by("birthOrder"), p.id).stream()
                  .map(b -> BabyView.of(b, zone))
                  .toList());
    }
    return new PregnancyView(
        p.id,
        p.motherRef,
        p.facilityCode,
        p.desaCode,
        p.kohortNumber,
        p.status,
        p.hpht,
        p.dueDate,
        age,
        p.motherAgeYears,
        p.gravida,
        p.parity,
        p.lastBirthDate,
        p.heightCm,
        RiskView.of(p, zone),
        p.ancContactCount,
        slots.stream().map(AncSlotView::of).toList(),
        AncSchedule.next(slots).map(AncSlotView::of).orElse(null),
        delivery,
        p.closedReason,
        p.closedOn,
        PregnancyViews.local(p.registeredAt, zone),
        p.version);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  DeliveryView deliveryView(Pregnancy p, List<BabyView> babies) {
    return new DeliveryView(
        p.id,
        PregnancyViews.local(p.deliveredAt, zone),
        p.gestationalDaysAtDelivery / 7,
        p.deliveryPlace,
        p.deliveryFacilityCode,
        p.deliveryDesaCode,
        p.attendant,
        Boolean.TRUE.equals(p.pretermLiveBirthConfirmed),
        babies,
        postnatal.ofPregnancy(p.id));
  }

  private Nik parseMotherNik(String value, LocalDate today) {
    Nik nik;
    try {
      nik = Nik.parse(value, today);
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(
          e.rule(), "The NIK is not valid: " + e.getMessage() + ".", "motherNik");
    }
    if (nik.sex() != Sex.FEMALE) {
      throw new DomainRuleViolation(
          "mother-nik-male",
          "This NIK is a man's (day of birth 01-31; a woman's is 41-71).",
          "motherNik");
    }
    return nik;
  }
}

package id.go.okikab.health.service;

import id.go.okikab.health.api.PregnancyApi;
import id.go.okikab.health.api.PregnancyApi.AddRiskFactors;
import id.go.okikab.health.api.PregnancyApi.AncContactRecordedView;
import id.go.okikab.health.api.PregnancyApi.AncContactView;
import id.go.okikab.health.api.PregnancyApi.AncSlotView;
import id.go.okikab.health.api.PregnancyApi.BabyInput;
import id.go.okikab.health.api.PregnancyApi.BabyView;
import id.go.okikab.health.api.PregnancyApi.DeliveryView;
import id.go.okikab.health.api.PregnancyApi.GestationalAge;
import id.go.okikab.health.api.PregnancyApi.PregnancySummary;
import id.go.okikab.health.api.PregnancyApi.PregnancyView;
import id.go.okikab.health.api.PregnancyApi.RecordAncContact;
import id.go.okikab.health.api.PregnancyApi.RecordDelivery;
import id.go.okikab.health.api.PregnancyApi.RecordVisit;
import id.go.okikab.health.api.PregnancyApi.RegisterPregnancy;
import id.go.okikab.health.api.PregnancyApi.RiskView;
import id.go.okikab.health.api.PregnancyApi.VisitView;
import id.go.okikab.health.domain.AncContact;
import id.go.okikab.health.domain.BirthOutcome;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.DeliveryBaby;
import id.go.okikab.health.domain.DeliveryPlace;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.RiskSource;
import id.go.okikab.health.domain.anc.AncSchedule;
import id.go.okikab.health.domain.anc.Gestation;
import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.AncContactRepository;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.DeliveryBabyRepository;
import id.go.okikab.health.repository.PregnancyRepository;
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
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
 * Pregnancies: registration (NIK → subjectRef), ANC contacts with the KSPR risk, the
 * minimum-contact schedule, the delivery (children, postnatal visits, {@code BirthReported}) and
 * the postnatal visits. Officers act within their facility's area; the mother reads her own
 * records. Every read is audited.
 */
@ApplicationScoped
public class PregnancyService {

  /** The resource type in problem details: unknown and someone else's pregnancies read alike. */
  static final String PREGNANCY = "pregnancy";

  private static final BigDecimal LILA_KEK = new BigDecimal("23.5");
  private static final BigDecimal HB_ANAEMIA = new BigDecimal("11.0");

  private final PregnancyRepository pregnancies;
  private final AncContactRepository contacts;
  private final ChildRepository children;
  private final DeliveryBabyRepository deliveryBabies;
  private final FacilityService facilities;
  private final ImmunizationService immunizations;
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
      ChildRepository children,
      DeliveryBabyRepository deliveryBabies,
      FacilityService facilities,
      ImmunizationService immunizations,
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
    this.children = children;
    this.deliveryBabies = deliveryBabies;
    this.facilities = facilities;
    this.immunizations = immunizations;
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
   * Registers a pregnancy at the officer's facility.
   *
   * @throws DomainRuleViolation on a NIK that breaks its structure ({@code nik-*}) or is a man's
   *     ({@code mother-nik-male}), a bad desa code, impossible dates, an implausible age
   * @throws ConflictProblem when the mother has an ongoing pregnancy
   */
  @Transactional
  public PregnancyView register(RegisterPregnancy request) {
    HealthFacility facility = access.officerFacility();
    LocalDate today = today();
    Nik nik = parseMotherNik(request.motherNik(), today);
    String desa = facilities.requireKnownDesa(request.desaCode(), "desaCode");
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
    OffsetDateTime now = now();
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
            now,
            caller.actorId());
    pregnancies.persist(p);
    pregnancies.flush();
    events.pregnancyRegistered(p, today);
    if (p.riskClass != RiskClass.KRR) {
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
    return page.map(PregnancySummary::of);
  }

  /** An officer finds a mother's pregnancies in their area by her NIK (sent in a body). */
  @Transactional
  public List<PregnancySummary> lookup(String motherNik) {
    HealthFacility f = access.officerFacility();
    Nik nik = parseMotherNik(motherNik, today());
    String ref = subjectRefs.of(nik.value());
    List<PregnancySummary> found = new ArrayList<>();
    for (Pregnancy p :
        pregnancies.list("motherRef", Sort.descending("registeredAt").and("id"), ref)) {
      if (f.covers(p.kecamatanCode, p.facilityCode)) {
        access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, false);
        found.add(PregnancySummary.of(p));
      }
    }
    return found;
  }

  @Transactional
  public PregnancyView get(UUID id) {
    Pregnancy p = find(id);
    boolean own =
        access.requireReader(
            PREGNANCY, p.id, p.kecamatanCode, p.facilityCode, ref -> ref.equals(p.motherRef));
    access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, own);
    return view(p);
  }

  @Transactional
  public List<AncContactView> contactsOf(UUID id) {
    Pregnancy p = find(id);
    boolean own =
        access.requireReader(
            PREGNANCY, p.id, p.kecamatanCode, p.facilityCode, ref -> ref.equals(p.motherRef));
    access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, own);
    return contacts.list("pregnancyId", Sort.by("contactNumber"), id).stream()
        .map(AncContactView::of)
        .toList();
  }

  /**
   * Records an ANC contact; its measurements may add KSPR factors (LiLA &lt; 23.5 cm, Hb &lt; 11
   * g/dL, blood pressure ≥ 140/90).
   */
  @Transactional
  public AncContactRecordedView recordContact(UUID id, RecordAncContact request) {
    Pregnancy p = find(id);
    HealthFacility facility = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    if ((request.systolicMmHg() == null) != (request.diastolicMmHg() == null)) {
      throw new DomainRuleViolation(
          "blood-pressure-incomplete",
          "Blood pressure needs both systolic and diastolic values.",
          request.systolicMmHg() == null ? "systolicMmHg" : "diastolicMmHg");
    }
    if (request.systolicMmHg() != null && request.diastolicMmHg() >= request.systolicMmHg()) {
      throw new DomainRuleViolation(
          "blood-pressure-inconsistent",
          "The diastolic pressure must be lower than the systolic.",
          "diastolicMmHg");
    }
    LocalDate lastVisit =
        contacts
            .find(
                "pregnancyId",
                Sort.descending("visitDate").and("contactNumber", Sort.Direction.Descending),
                id)
            .firstResultOptional()
            .map(c -> c.visitDate)
            .orElse(null);
    LocalDate today = today();
    int number = p.countContact(request.visitDate(), lastVisit, today);
    OffsetDateTime now = now();
    AncContact c = new AncContact();
    c.id = UUID.randomUUID();
    c.pregnancyId = p.id;
    c.contactNumber = number;
    c.visitDate = request.visitDate();
    c.gestationalDays = (int) Gestation.days(p.hpht, request.visitDate());
    c.trimester = Gestation.trimester(p.hpht, request.visitDate());
    c.withDoctor = request.withDoctor();
    c.facilityCode = facility.code;
    c.weightKg = request.weightKg();
    c.systolicMmHg = request.systolicMmHg();
    c.diastolicMmHg = request.diastolicMmHg();
    c.lilaCm = request.lilaCm();
    c.hbGramsPerDecilitre = request.hbGramsPerDecilitre();
    c.fundalHeightCm = request.fundalHeightCm();
    c.notes = request.notes();
    c.recordedAt = now;
    c.recordedBy = caller.actorId();
    contacts.persist(c);

    Set<RiskFactor> found = EnumSet.noneOf(RiskFactor.class);
    if (request.riskFactors() != null) {
      found.addAll(request.riskFactors());
    }
    if (c.lilaCm != null && c.lilaCm.compareTo(LILA_KEK) < 0) {
      found.add(RiskFactor.CHRONIC_ENERGY_DEFICIENCY);
    }
    if (c.hbGramsPerDecilitre != null && c.hbGramsPerDecilitre.compareTo(HB_ANAEMIA) < 0) {
      found.add(RiskFactor.ANAEMIA);
    }
    if (c.systolicMmHg != null && (c.systolicMmHg >= 140 || c.diastolicMmHg >= 90)) {
      found.add(RiskFactor.HYPERTENSION);
    }
    Optional<RiskClass> raised = p.addRiskFactors(found, RiskSource.ANC_CONTACT, c.id, kspr, now);
    pregnancies.flush();
    events.ancContactRecorded(p, c);
    raised.ifPresent(r -> events.highRisk(p, r, today));
    return new AncContactRecordedView(AncContactView.of(c), RiskView.of(p));
  }

  @Transactional
  public RiskView addRiskFactors(UUID id, AddRiskFactors request) {
    Pregnancy p = find(id);
    access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    p.requireOngoing();
    Optional<RiskClass> raised =
        p.addRiskFactors(request.riskFactors(), RiskSource.OFFICER, null, kspr, now());
    pregnancies.flush();
    raised.ifPresent(r -> events.highRisk(p, r, today()));
    return RiskView.of(p);
  }

  /**
   * Records the delivery: closes the pregnancy, opens a child record (with its immunisation
   * schedule and KN visits) per live-born baby, plans KF1–KF4, publishes one {@code BirthReported}
   * per baby.
   */
  @Transactional
  public DeliveryView deliver(UUID id, RecordDelivery request) {
    Pregnancy p = find(id);
    HealthFacility officer = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    String facilityCode = request.facilityCode();
    if (request.place() == DeliveryPlace.HEALTH_FACILITY && facilityCode == null) {
      facilityCode = officer.code;
    }
    if (facilityCode != null) {
      facilities.requireActive(facilityCode, "facilityCode");
    }
    String desa =
        request.desaCode() != null
            ? facilities.requireKnownDesa(request.desaCode(), "desaCode")
            : p.desaCode;
    List<Pregnancy.Baby> babies = new ArrayList<>();
    for (BabyInput b : request.babies()) {
      babies.add(
          new Pregnancy.Baby(
              b.bornAt(), b.outcome(), b.sex(), b.weightGrams(), b.lengthMillimetres()));
    }
    OffsetDateTime now = now();
    p.deliver(
        new Pregnancy.Delivery(
            babies,
            request.place(),
            facilityCode,
            desa,
            request.attendant(),
            Boolean.TRUE.equals(request.pretermLiveBirthConfirmed())),
        now);
    pregnancies.flush();

    List<Child> liveBorn = new ArrayList<>();
    List<BabyView> babyViews = new ArrayList<>();
    for (int i = 0; i < babies.size(); i++) {
      Pregnancy.Baby baby = babies.get(i);
      UUID childId = null;
      if (baby.outcome() == BirthOutcome.LIVE_BIRTH) {
        Child child =
            Child.bornAt(p, i + 1, baby, baby.bornAt().atZoneSameInstant(zone).toLocalDate(), now);
        children.persist(child);
        liveBorn.add(child);
        childId = child.id;
      }
      DeliveryBaby recorded = DeliveryBaby.of(p.id, i + 1, baby, childId);
      deliveryBabies.persist(recorded);
      babyViews.add(BabyView.of(recorded));
    }
    children.flush();
    for (Child child : liveBorn) {
      immunizations.ensureSchedule(child);
    }
    postnatal.plan(p, liveBorn);
    for (int i = 0; i < babies.size(); i++) {
      events.birthReported(p, babies.get(i), babyViews.get(i).childId(), reportedFacility(p), desa);
    }
    return deliveryView(p, babyViews);
  }

  /** Records a KF visit of the mother. */
  @Transactional
  public VisitView recordPostnatalVisit(UUID id, RecordVisit request) {
    Pregnancy p = find(id);
    HealthFacility facility = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    if (p.status != Pregnancy.Status.DELIVERED) {
      throw new DomainRuleViolation(
          "pregnancy-not-delivered", "Postnatal visits follow a recorded delivery.", "kind");
    }
    return postnatal.record(p.id, null, request, facility, caller.actorId());
  }

  @Transactional
  public List<VisitView> postnatalVisits(UUID id) {
    Pregnancy p = find(id);
    boolean own =
        access.requireReader(
            PREGNANCY, p.id, p.kecamatanCode, p.facilityCode, ref -> ref.equals(p.motherRef));
    access.audit(Access.PREGNANCY_RECORD, p.id, p.motherRef, own);
    return postnatal.ofPregnancy(p.id);
  }

  private PregnancyView view(Pregnancy p) {
    LocalDate today = today();
    LocalDate endedOn =
        p.status == Pregnancy.Status.DELIVERED
            ? p.deliveredAt.atZoneSameInstant(zone).toLocalDate()
            : p.status == Pregnancy.Status.CLOSED ? p.closedOn : null;
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
      List<BabyView> babies =
          deliveryBabies.list("pregnancyId", Sort.by("birthOrder"), p.id).stream()
              .map(BabyView::of)
              .toList();
      delivery = deliveryView(p, babies);
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
        RiskView.of(p),
        p.ancContactCount,
        slots.stream().map(AncSlotView::of).toList(),
        AncSchedule.next(slots).map(AncSlotView::of).orElse(null),
        delivery,
        p.closedReason,
        p.closedOn,
        PregnancyApi.wib(p.registeredAt),
        p.version);
  }

  private DeliveryView deliveryView(Pregnancy p, List<BabyView> babies) {
    return new DeliveryView(
        p.id,
        PregnancyApi.wib(p.deliveredAt),
        p.gestationalDaysAtDelivery / 7,
        p.deliveryPlace,
        p.deliveryFacilityCode,
        p.deliveryDesaCode,
        p.attendant,
        Boolean.TRUE.equals(p.pretermLiveBirthConfirmed),
        babies,
        postnatal.ofPregnancy(p.id));
  }

  private static String reportedFacility(Pregnancy p) {
    return p.deliveryFacilityCode != null ? p.deliveryFacilityCode : p.facilityCode;
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

  Pregnancy find(UUID id) {
    return pregnancies.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(PREGNANCY, id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}

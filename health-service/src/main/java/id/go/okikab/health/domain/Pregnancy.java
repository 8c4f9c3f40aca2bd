package id.go.okikab.health.domain;

import id.go.okikab.health.domain.anc.Gestation;
import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A pregnancy followed in the Buku KIA: registered with HPHT, ANC contacts, KSPR risk, then
 * delivered (or closed). The aggregate root: every change goes through its methods, which check the
 * state and the dates; {@code @Version} guards concurrent changes.
 */
@Entity
@Table(name = "pregnancy")
public class Pregnancy {

  /** Lifecycle. */
  public enum Status {
    ONGOING,
    DELIVERED,
    /** ended without a delivery record (the mother died) */
    CLOSED
  }

  @Id public UUID id;

  @Column(name = "mother_ref")
  public String motherRef;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "kohort_number")
  public String kohortNumber;

  public LocalDate hpht;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "mother_age_years")
  public int motherAgeYears;

  public int gravida;

  public int parity;

  @Column(name = "last_birth_date")
  public LocalDate lastBirthDate;

  @Column(name = "height_cm")
  public BigDecimal heightCm;

  @Column(name = "kspr_score")
  public int ksprScore;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_class")
  public RiskClass riskClass;

  @Column(name = "anc_contact_count")
  public int ancContactCount;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "closed_reason")
  public String closedReason;

  @Column(name = "closed_on")
  public LocalDate closedOn;

  @Column(name = "registered_at")
  public OffsetDateTime registeredAt;

  @Column(name = "registered_by")
  public String registeredBy;

  @Column(name = "delivered_at")
  public OffsetDateTime deliveredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_place")
  public DeliveryPlace deliveryPlace;

  @Column(name = "delivery_facility_code")
  public String deliveryFacilityCode;

  @Column(name = "delivery_desa_code")
  public String deliveryDesaCode;

  @Enumerated(EnumType.STRING)
  public Attendant attendant;

  @Column(name = "gestational_days_at_delivery")
  public Integer gestationalDaysAtDelivery;

  @Column(name = "preterm_live_birth_confirmed")
  public Boolean pretermLiveBirthConfirmed;

  @Version public long version;

  @OneToMany(mappedBy = "pregnancy", cascade = CascadeType.ALL)
  @OrderBy("recordedAt, factor")
  public List<PregnancyRiskFactor> riskFactors = new ArrayList<>();

  /** What a registration says about the mother and this pregnancy. */
  public record Registration(
      String motherRef,
      String facilityCode,
      String desaCode,
      String kohortNumber,
      LocalDate hpht,
      int motherAgeYears,
      int gravida,
      int parity,
      LocalDate lastBirthDate,
      BigDecimal heightCm,
      Set<RiskFactor> declaredFactors) {}

  /**
   * Opens a pregnancy record: a {@code PregnancyRegistered}, and a {@code HighRiskPregnancyFlagged}
   * when the registration's factors already put it above KRR ({@link #isHighRisk()}).
   *
   * @throws DomainRuleViolation {@code hpht-in-future}, {@code hpht-too-old}, {@code
   *     parity-exceeds-gravida}, {@code last-birth-after-hpht}
   */
  public static Pregnancy register(
      Registration r, Kspr kspr, LocalDate today, OffsetDateTime now, String by) {
    if (r.hpht().isAfter(today)) {
      throw new DomainRuleViolation(
          "hpht-in-future", "HPHT (first day of the last period) cannot be in the future.", "hpht");
    }
    if (Gestation.days(r.hpht(), today) > Gestation.LONGEST_DAYS) {
      throw new DomainRuleViolation(
          "hpht-too-old",
          "HPHT is more than 44 weeks ago: no ongoing pregnancy is that long. Check the date.",
          "hpht");
    }
    if (r.parity() >= r.gravida()) {
      throw new DomainRuleViolation(
          "parity-exceeds-gravida",
          "Parity (previous births) must be lower than gravida (pregnancies including this one).",
          "parity");
    }
    if (r.lastBirthDate() != null && !r.lastBirthDate().isBefore(r.hpht())) {
      throw new DomainRuleViolation(
          "last-birth-after-hpht",
          "The last birth must be before this pregnancy's HPHT.",
          "lastBirthDate");
    }
    if (r.lastBirthDate() != null && r.parity() == 0) {
      throw new DomainRuleViolation(
          "last-birth-without-parity",
          "A last birth date needs a parity of at least 1.",
          "lastBirthDate");
    }
    Pregnancy p = new Pregnancy();
    p.id = UUID.randomUUID();
    p.motherRef = r.motherRef();
    p.facilityCode = r.facilityCode();
    p.desaCode = r.desaCode();
    p.kecamatanCode = OkiDesaCodes.kecamatanOf(r.desaCode());
    p.kohortNumber = r.kohortNumber();
    p.hpht = r.hpht();
    p.dueDate = Gestation.dueDate(r.hpht());
    p.motherAgeYears = r.motherAgeYears();
    p.gravida = r.gravida();
    p.parity = r.parity();
    p.lastBirthDate = r.lastBirthDate();
    p.heightCm = r.heightCm();
    p.status = Status.ONGOING;
    p.registeredAt = now;
    p.registeredBy = by;
    p.ksprScore = kspr.baseScore();
    p.riskClass = RiskClass.KRR;

    Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
    factors.addAll(r.declaredFactors());
    if (r.motherAgeYears() < 20) {
      factors.add(RiskFactor.AGE_UNDER_20);
    } else if (r.motherAgeYears() > 35) {
      factors.add(RiskFactor.AGE_OVER_35);
    }
    if (r.parity() >= 4) {
      factors.add(RiskFactor.PARITY_4_OR_MORE);
    }
    if (r.lastBirthDate() != null && r.lastBirthDate().plusYears(2).isAfter(r.hpht())) {
      factors.add(RiskFactor.BIRTH_INTERVAL_UNDER_2_YEARS);
    }
    if (r.heightCm() != null && r.heightCm().compareTo(BigDecimal.valueOf(145)) < 0) {
      factors.add(RiskFactor.HEIGHT_UNDER_145_CM);
    }
    p.addRiskFactors(factors, RiskSource.REGISTRATION, null, kspr, now);
    return p;
  }

  /**
   * Records risk factors not recorded yet, each with its current weight; the score only grows.
   *
   * @return the new class when this raised it to KRT or KRST: a {@code HighRiskPregnancyFlagged}
   */
  public Optional<RiskClass> addRiskFactors(
      Collection<RiskFactor> factors,
      RiskSource source,
      UUID ancContactId,
      Kspr kspr,
      OffsetDateTime at) {
    RiskClass before = riskClass;
    Set<RiskFactor> distinct = EnumSet.noneOf(RiskFactor.class);
    distinct.addAll(factors);
    for (RiskFactor factor : distinct) {
      if (hasRiskFactor(factor)) {
        continue;
      }
      PregnancyRiskFactor recorded = new PregnancyRiskFactor();
      recorded.pregnancy = this;
      recorded.factor = factor;
      recorded.points = kspr.weight(factor);
      recorded.source = source;
      recorded.ancContactId = ancContactId;
      recorded.recordedAt = at;
      riskFactors.add(recorded);
    }
    int score = kspr.score(riskFactors.stream().map(f -> f.points).toList());
    ksprScore = Math.max(ksprScore, score);
    RiskClass computed = kspr.classify(ksprScore);
    riskClass = computed.isHigherThan(before) ? computed : before;
    return riskClass != RiskClass.KRR && riskClass.isHigherThan(before)
        ? Optional.of(riskClass)
        : Optional.empty();
  }

  /** KRT or KRST. */
  public boolean isHighRisk() {
    return riskClass != RiskClass.KRR;
  }

  /** The day the pregnancy ended (delivery, in {@code zone}; or closing), null while ongoing. */
  public LocalDate endedOn(ZoneId zone) {
    return switch (status) {
      case DELIVERED -> deliveredAt.atZoneSameInstant(zone).toLocalDate();
      case CLOSED -> closedOn;
      case ONGOING -> null;
    };
  }

  /** The facility a birth is reported from: the delivery's, else the registering one. */
  public String reportingFacility() {
    return deliveryFacilityCode != null ? deliveryFacilityCode : facilityCode;
  }

  /**
   * @throws DomainRuleViolation {@code pregnancy-not-delivered} (field {@code kind}): postnatal
   *     visits follow a recorded delivery
   */
  public void requireDelivered() {
    if (status != Status.DELIVERED) {
      throw new DomainRuleViolation(
          "pregnancy-not-delivered", "Postnatal visits follow a recorded delivery.", "kind");
    }
  }

  public boolean hasRiskFactor(RiskFactor factor) {
    return riskFactors.stream().anyMatch(f -> f.factor == factor);
  }

  /** What an officer saw at an ANC visit: its date and measurements, each optional. */
  public record AncVisit(
      LocalDate visitDate,
      boolean withDoctor,
      BigDecimal weightKg,
      Integer systolicMmHg,
      Integer diastolicMmHg,
      BigDecimal lilaCm,
      BigDecimal hbGramsPerDecilitre,
      BigDecimal fundalHeightCm,
      String notes,
      Collection<RiskFactor> riskFactors) {}

  /**
   * What recording an ANC contact caused: {@code AncContactRecorded} for the contact, and {@code
   * HighRiskPregnancyFlagged} when its findings raised the class to KRT or KRST.
   */
  public record ContactRecorded(AncContact contact, Optional<RiskClass> raisedTo) {}

  /**
   * Records an ANC contact (K1, K2, … in visit order). Its measurements may add KSPR factors: LiLA
   * &lt; 23.5 cm (KEK), Hb &lt; 11 g/dL (anaemia), blood pressure ≥ 140/90 (hypertension).
   *
   * @param lastVisitDate the latest recorded contact's date, or null
   * @throws DomainRuleViolation {@code blood-pressure-incomplete}, {@code
   *     blood-pressure-inconsistent}, and those of {@link #countContact}
   */
  public ContactRecorded recordContact(
      AncVisit visit,
      LocalDate lastVisitDate,
      String facilityCode,
      Kspr kspr,
      LocalDate today,
      OffsetDateTime now,
      String by) {
    AncContact.requireBloodPressure(visit.systolicMmHg(), visit.diastolicMmHg());
    int number = countContact(visit.visitDate(), lastVisitDate, today);
    AncContact contact = AncContact.of(this, number, visit, facilityCode, now, by);
    Set<RiskFactor> found = EnumSet.noneOf(RiskFactor.class);
    if (visit.riskFactors() != null) {
      found.addAll(visit.riskFactors());
    }
    found.addAll(contact.riskFactorsFound());
    Optional<RiskClass> raised =
        addRiskFactors(found, RiskSource.ANC_CONTACT, contact.id, kspr, now);
    return new ContactRecorded(contact, raised);
  }

  /**
   * Checks and counts a new ANC contact.
   *
   * @param lastVisitDate the latest recorded contact's date, or null
   * @return the new contact's number (1 for K1)
   * @throws DomainRuleViolation {@code pregnancy-not-ongoing}, {@code visit-date-in-future}, {@code
   *     visit-before-hpht}, {@code visit-before-previous-contact}, {@code gestation-too-long}
   */
  public int countContact(LocalDate visitDate, LocalDate lastVisitDate, LocalDate today) {
    requireOngoing();
    if (visitDate.isAfter(today)) {
      throw new DomainRuleViolation(
          "visit-date-in-future", "A visit cannot be recorded before it happens.", "visitDate");
    }
    if (visitDate.isBefore(hpht)) {
      throw new DomainRuleViolation(
          "visit-before-hpht",
          "An antenatal visit cannot be before HPHT (" + hpht + ").",
          "visitDate");
    }
    if (lastVisitDate != null && visitDate.isBefore(lastVisitDate)) {
      throw new DomainRuleViolation(
          "visit-before-previous-contact",
          "Contacts are recorded in order: the last one was on " + lastVisitDate + ".",
          "visitDate");
    }
    if (Gestation.days(hpht, visitDate) > Gestation.LONGEST_DAYS) {
      throw new DomainRuleViolation(
          "gestation-too-long",
          "The visit would be more than 44 weeks after HPHT. Check the dates.",
          "visitDate");
    }
    ancContactCount++;
    return ancContactCount;
  }

  /** A baby of a delivery, as recorded. */
  public record Baby(
      OffsetDateTime bornAt,
      BirthOutcome outcome,
      id.go.okikab.platform.domain.Sex sex,
      int weightGrams,
      int lengthMillimetres) {}

  /** Where and by whom. */
  public record Delivery(
      List<Baby> babies,
      DeliveryPlace place,
      String facilityCode,
      String desaCode,
      Attendant attendant,
      boolean pretermLiveBirthConfirmed) {}

  /**
   * What recording the delivery caused: one {@code BirthReported} per baby, in birth order (the
   * babies of the delivery, to be stored; a live-born one opens a child record with {@link
   * DeliveryBaby#openChildRecord}).
   */
  public record Delivered(List<DeliveryBaby> babies) {}

  /**
   * Records the delivery: the pregnancy is {@code DELIVERED}. Local dates are read at the offset of
   * {@code now} (the platform clock's).
   *
   * @return the babies of the delivery, each the subject of a {@code BirthReported}
   * @throws DomainRuleViolation {@code pregnancy-not-ongoing}, {@code delivery-in-future}, {@code
   *     delivery-before-hpht}, {@code gestation-too-long}, {@code live-birth-before-20-weeks}
   */
  public Delivered deliver(Delivery d, OffsetDateTime now) {
    requireOngoing();
    OffsetDateTime first = null;
    for (int i = 0; i < d.babies().size(); i++) {
      Baby baby = d.babies().get(i);
      String field = "babies[" + i + "]";
      if (baby.bornAt().isAfter(now)) {
        throw new DomainRuleViolation(
            "delivery-in-future",
            "A birth cannot be recorded before it happens.",
            field + ".bornAt");
      }
      LocalDate bornOn = baby.bornAt().atZoneSameInstant(now.getOffset()).toLocalDate();
      long days = Gestation.days(hpht, bornOn);
      if (days < 0) {
        throw new DomainRuleViolation(
            "delivery-before-hpht",
            "A birth cannot be before HPHT (" + hpht + ").",
            field + ".bornAt");
      }
      if (days > Gestation.LONGEST_DAYS) {
        throw new DomainRuleViolation(
            "gestation-too-long",
            "The birth would be more than 44 weeks after HPHT. Check the dates.",
            field + ".bornAt");
      }
      if (days < Gestation.VIABILITY_DAYS
          && baby.outcome() == BirthOutcome.LIVE_BIRTH
          && !d.pretermLiveBirthConfirmed()) {
        throw new DomainRuleViolation(
            "live-birth-before-20-weeks",
            "A live birth before 20 weeks of gestation ("
                + days / 7
                + " weeks from HPHT) needs pretermLiveBirthConfirmed=true; otherwise check HPHT"
                + " and the outcome.",
            field + ".outcome");
      }
      if (first == null || baby.bornAt().isBefore(first)) {
        first = baby.bornAt();
      }
    }
    status = Status.DELIVERED;
    deliveredAt = first;
    deliveryPlace = d.place();
    deliveryFacilityCode = d.facilityCode();
    deliveryDesaCode = d.desaCode();
    attendant = d.attendant();
    gestationalDaysAtDelivery =
        (int) Gestation.days(hpht, first.atZoneSameInstant(now.getOffset()).toLocalDate());
    pretermLiveBirthConfirmed = d.pretermLiveBirthConfirmed();
    List<DeliveryBaby> babies = new ArrayList<>();
    for (int i = 0; i < d.babies().size(); i++) {
      babies.add(DeliveryBaby.of(id, i + 1, d.babies().get(i)));
    }
    return new Delivered(List.copyOf(babies));
  }

  /** Ends the record because the mother died (civil registry); no event. */
  public void closeForDeath(LocalDate dateOfDeath) {
    if (status == Status.ONGOING) {
      status = Status.CLOSED;
    }
    if (closedOn == null) {
      closedReason = "MOTHER_DECEASED";
      closedOn = dateOfDeath;
    }
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  /**
   * @throws DomainRuleViolation {@code pregnancy-not-ongoing}
   */
  public void requireOngoing() {
    if (status != Status.ONGOING) {
      throw new DomainRuleViolation(
          "pregnancy-not-ongoing",
          "This pregnancy is "
              + status.name().toLowerCase()
              + ": nothing more can be recorded on it.");
    }
  }
}

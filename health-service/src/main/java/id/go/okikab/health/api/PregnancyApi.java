package id.go.okikab.health.api;

import id.go.okikab.health.domain.AncContact;
import id.go.okikab.health.domain.Attendant;
import id.go.okikab.health.domain.BirthOutcome;
import id.go.okikab.health.domain.DeliveryBaby;
import id.go.okikab.health.domain.DeliveryPlace;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.PregnancyRiskFactor;
import id.go.okikab.health.domain.RiskSource;
import id.go.okikab.health.domain.anc.AncSchedule;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.domain.postnatal.VisitKind;
import id.go.okikab.health.domain.postnatal.VisitStatus;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Requests and responses of {@code /api/v1/pregnancies}. */
public final class PregnancyApi {

  private PregnancyApi() {}

  static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  public static OffsetDateTime wib(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(WIB);
  }

  /**
   * Registers a pregnancy. The mother's NIK is read (structure, sex) and turned into her
   * subjectRef; the service does not store it.
   */
  public record RegisterPregnancy(
      @NotNull @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String motherNik,
      @Past LocalDate motherBirthDate,
      @NotNull String desaCode,
      @Size(max = 32)
          @Pattern(
              regexp = "[A-Za-z0-9./-]+",
              message = "may contain letters, digits, '.', '/' and '-' only")
          String kohortNumber,
      @NotNull LocalDate hpht,
      @NotNull @Min(value = 1, message = "must be between 1 and 20") @Max(20) Integer gravida,
      @NotNull @Min(value = 0, message = "must be between 0 and 19") @Max(19) Integer parity,
      LocalDate lastBirthDate,
      @DecimalMin(value = "100.0", message = "must be between 100.0 and 200.0 cm")
          @DecimalMax(value = "200.0", message = "must be between 100.0 and 200.0 cm")
          @Digits(integer = 3, fraction = 1)
          BigDecimal heightCm,
      List<@NotNull RiskFactor> riskFactors) {}

  /** Identifies a mother by NIK in a request body (never in a URL). */
  public record MotherLookup(
      @NotNull @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String motherNik) {}

  /** An ANC contact with the measurements of the visit (each optional, within physical bounds). */
  public record RecordAncContact(
      @NotNull LocalDate visitDate,
      @NotNull Boolean withDoctor,
      @DecimalMin(value = "25.0", message = "must be between 25.0 and 200.0 kg")
          @DecimalMax(value = "200.0", message = "must be between 25.0 and 200.0 kg")
          @Digits(integer = 3, fraction = 1)
          BigDecimal weightKg,
      @Min(value = 50, message = "must be between 50 and 260 mmHg")
          @Max(value = 260, message = "must be between 50 and 260 mmHg")
          Integer systolicMmHg,
      @Min(value = 30, message = "must be between 30 and 160 mmHg")
          @Max(value = 160, message = "must be between 30 and 160 mmHg")
          Integer diastolicMmHg,
      @DecimalMin(value = "10.0", message = "must be between 10.0 and 60.0 cm")
          @DecimalMax(value = "60.0", message = "must be between 10.0 and 60.0 cm")
          @Digits(integer = 2, fraction = 1)
          BigDecimal lilaCm,
      @DecimalMin(value = "3.0", message = "must be between 3.0 and 20.0 g/dL")
          @DecimalMax(value = "20.0", message = "must be between 3.0 and 20.0 g/dL")
          @Digits(integer = 2, fraction = 1)
          BigDecimal hbGramsPerDecilitre,
      @DecimalMin(value = "5.0", message = "must be between 5.0 and 50.0 cm")
          @DecimalMax(value = "50.0", message = "must be between 5.0 and 50.0 cm")
          @Digits(integer = 2, fraction = 1)
          BigDecimal fundalHeightCm,
      @Size(max = 2000) String notes,
      List<@NotNull RiskFactor> riskFactors) {}

  /** Risk factors found outside a visit. */
  public record AddRiskFactors(@NotEmpty List<@NotNull RiskFactor> riskFactors) {}

  /** One baby of a delivery. */
  public record BabyInput(
      @NotNull OffsetDateTime bornAt,
      @NotNull BirthOutcome outcome,
      @NotNull Sex sex,
      @NotNull
          @Min(value = 300, message = "must be between 300 and 7000 g")
          @Max(value = 7000, message = "must be between 300 and 7000 g")
          Integer weightGrams,
      @NotNull
          @Min(value = 200, message = "must be between 200 and 650 mm")
          @Max(value = 650, message = "must be between 200 and 650 mm")
          Integer lengthMillimetres) {}

  /** The delivery: one entry per baby (twins: two). */
  public record RecordDelivery(
      @NotEmpty @Size(max = 5) List<@NotNull @Valid BabyInput> babies,
      @NotNull DeliveryPlace place,
      String facilityCode,
      String desaCode,
      @NotNull Attendant attendant,
      Boolean pretermLiveBirthConfirmed) {}

  /** A KF or KN visit. */
  public record RecordVisit(@NotNull VisitKind kind, @NotNull OffsetDateTime visitedAt) {}

  /** Gestational age on a day. */
  public record GestationalAge(LocalDate on, int weeks, int days, int trimester) {}

  /** A recorded risk factor and its points. */
  public record RiskFactorView(
      RiskFactor factor, int points, RiskSource source, OffsetDateTime recordedAt) {
    static RiskFactorView of(PregnancyRiskFactor f) {
      return new RiskFactorView(f.factor, f.points, f.source, wib(f.recordedAt));
    }
  }

  /** KSPR score and class with the factors behind them. */
  public record RiskView(int ksprScore, RiskClass riskClass, List<RiskFactorView> factors) {
    public static RiskView of(Pregnancy p) {
      return new RiskView(
          p.ksprScore, p.riskClass, p.riskFactors.stream().map(RiskFactorView::of).toList());
    }
  }

  /** A slot of the minimum ANC schedule. */
  public record AncSlotView(
      String slot,
      int trimester,
      LocalDate windowStart,
      LocalDate windowEnd,
      boolean doctorRequired,
      AncSchedule.Status status,
      Integer contactNumber,
      LocalDate visitDate,
      Boolean withDoctor) {
    public static AncSlotView of(AncSchedule.Slot s) {
      return new AncSlotView(
          s.slot(),
          s.trimester(),
          s.windowStart(),
          s.windowEnd(),
          s.doctorRequired(),
          s.status(),
          s.contactNumber(),
          s.visitDate(),
          s.withDoctor());
    }
  }

  /** An ANC contact with its measurements. */
  public record AncContactView(
      UUID id,
      int contactNumber,
      LocalDate visitDate,
      int gestationalWeeks,
      int trimester,
      boolean withDoctor,
      String facilityCode,
      BigDecimal weightKg,
      Integer systolicMmHg,
      Integer diastolicMmHg,
      BigDecimal lilaCm,
      BigDecimal hbGramsPerDecilitre,
      BigDecimal fundalHeightCm,
      String notes,
      OffsetDateTime recordedAt) {
    public static AncContactView of(AncContact c) {
      return new AncContactView(
          c.id,
          c.contactNumber,
          c.visitDate,
          c.gestationalDays / 7,
          c.trimester,
          c.withDoctor,
          c.facilityCode,
          c.weightKg,
          c.systolicMmHg,
          c.diastolicMmHg,
          c.lilaCm,
          c.hbGramsPerDecilitre,
          c.fundalHeightCm,
          c.notes,
          wib(c.recordedAt));
    }
  }

  /** The answer to a recorded contact: the contact and the pregnancy's risk after it. */
  public record AncContactRecordedView(AncContactView contact, RiskView risk) {}

  /** A KF or KN visit and its window. */
  public record VisitView(
      VisitKind kind,
      UUID childId,
      OffsetDateTime windowStart,
      OffsetDateTime windowEnd,
      VisitStatus status,
      OffsetDateTime visitedAt,
      String facilityCode) {
    public static VisitView of(PostnatalVisit v, OffsetDateTime now) {
      return new VisitView(
          v.kind,
          v.childId,
          wib(v.windowStart),
          wib(v.windowEnd),
          v.status(now),
          wib(v.visitedAt),
          v.facilityCode);
    }
  }

  /** A baby of a recorded delivery. */
  public record BabyView(
      int birthOrder,
      UUID childId,
      OffsetDateTime bornAt,
      BirthOutcome outcome,
      Sex sex,
      int weightGrams,
      int lengthMillimetres) {
    public static BabyView of(DeliveryBaby b) {
      return new BabyView(
          b.birthOrder, b.childId, wib(b.bornAt), b.outcome, b.sex, b.weightGrams, b.lengthMm);
    }
  }

  /** The delivery of a pregnancy. */
  public record DeliveryView(
      UUID pregnancyId,
      OffsetDateTime deliveredAt,
      int gestationalWeeks,
      DeliveryPlace place,
      String facilityCode,
      String desaCode,
      Attendant attendant,
      boolean pretermLiveBirthConfirmed,
      List<BabyView> babies,
      List<VisitView> postnatalVisits) {}

  /** A pregnancy record as officers and the mother see it. */
  public record PregnancyView(
      UUID id,
      String motherRef,
      String facilityCode,
      String desaCode,
      String kohortNumber,
      Pregnancy.Status status,
      LocalDate hpht,
      LocalDate dueDate,
      GestationalAge gestationalAge,
      int motherAgeYears,
      int gravida,
      int parity,
      LocalDate lastBirthDate,
      BigDecimal heightCm,
      RiskView risk,
      int ancContactCount,
      List<AncSlotView> ancSchedule,
      AncSlotView nextAncContact,
      DeliveryView delivery,
      String closedReason,
      LocalDate closedOn,
      OffsetDateTime registeredAt,
      long version) {}

  /** A line of a list of pregnancies. */
  public record PregnancySummary(
      UUID id,
      String motherRef,
      String facilityCode,
      String desaCode,
      String kohortNumber,
      Pregnancy.Status status,
      LocalDate hpht,
      LocalDate dueDate,
      RiskClass riskClass,
      int ancContactCount,
      OffsetDateTime registeredAt) {
    public static PregnancySummary of(Pregnancy p) {
      return new PregnancySummary(
          p.id,
          p.motherRef,
          p.facilityCode,
          p.desaCode,
          p.kohortNumber,
          p.status,
          p.hpht,
          p.dueDate,
          p.riskClass,
          p.ancContactCount,
          wib(p.registeredAt));
    }
  }
}

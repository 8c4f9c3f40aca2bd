package id.go.okikab.health.service;

import id.go.okikab.health.domain.Attendant;
import id.go.okikab.health.domain.BirthOutcome;
import id.go.okikab.health.domain.DeliveryPlace;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.domain.postnatal.VisitKind;
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
import java.util.List;

/**
 * The commands of the pregnancy use cases ({@code /api/v1/pregnancies}), with the bounds Bean
 * Validation checks before a service sees them (400 naming the field).
 */
public final class PregnancyCommands {

  private PregnancyCommands() {}

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
}

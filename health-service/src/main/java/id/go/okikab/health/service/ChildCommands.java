package id.go.okikab.health.service;

import id.go.okikab.health.domain.growth.Position;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The commands of the child use cases ({@code /api/v1/children}): a dose given, a growth
 * measurement, with the bounds Bean Validation checks (400 naming the field).
 */
public final class ChildCommands {

  private ChildCommands() {}

  /** A dose given. {@code doseNo} defaults to the next dose of the series. */
  public record RecordDose(
      @NotBlank @Size(max = 20) String vaccine,
      @Min(value = 1, message = "must be 1 or more") @Max(9) Integer doseNo,
      @NotNull LocalDate givenOn,
      @Size(max = 40)
          @Pattern(regexp = "[A-Za-z0-9./-]+", message = "letters, digits, '.', '/', '-' only")
          String batchNumber) {}

  /** A growth measurement: any of weight, length/height (with its position), head circumference. */
  public record RecordGrowth(
      @NotNull LocalDate measuredOn,
      @DecimalMin(value = "0.50", message = "must be between 0.50 and 60.00 kg")
          @DecimalMax(value = "60.00", message = "must be between 0.50 and 60.00 kg")
          @Digits(integer = 2, fraction = 2)
          BigDecimal weightKg,
      @DecimalMin(value = "35.0", message = "must be between 35.0 and 130.0 cm")
          @DecimalMax(value = "130.0", message = "must be between 35.0 and 130.0 cm")
          @Digits(integer = 3, fraction = 1)
          BigDecimal lengthCm,
      Position position,
      @DecimalMin(value = "20.0", message = "must be between 20.0 and 60.0 cm")
          @DecimalMax(value = "60.0", message = "must be between 20.0 and 60.0 cm")
          @Digits(integer = 2, fraction = 1)
          BigDecimal headCircumferenceCm) {}
}

package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.PbbCalculation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Registering a PBB-P2 object. Areas in whole m², values in rupiah per m² (ZNT and DBKB). */
public final class TaxObjectCommands {

  private TaxObjectCommands() {}

  public record RegisterTaxObject(
      @NotBlank String nop,
      @NotNull UUID taxpayerId,
      @NotNull @Min(1) @Max(PbbCalculation.MAX_AREA_M2) Long landArea,
      @NotNull @Min(0) @Max(PbbCalculation.MAX_VALUE_PER_M2) Long landValuePerM2,
      @NotNull @Min(0) @Max(PbbCalculation.MAX_AREA_M2) Long buildingArea,
      @NotNull @Min(0) @Max(PbbCalculation.MAX_VALUE_PER_M2) Long buildingValuePerM2,
      @Pattern(regexp = "[A-Z0-9]{1,10}", message = "must be 1-10 capitals or digits")
          String zntCode,
      @Pattern(regexp = "[A-Z0-9]{1,10}", message = "must be 1-10 capitals or digits")
          String dbkbClass,
      @DecimalMin("-180") @DecimalMax("180") Double longitude,
      @DecimalMin("-90") @DecimalMax("90") Double latitude) {}
}

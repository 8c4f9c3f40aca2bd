package id.go.okikab.health.service;

import id.go.okikab.health.domain.FacilityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The command of adding a facility ({@code POST /api/v1/health-facilities}). */
public final class FacilityCommands {

  private FacilityCommands() {}

  /** A new facility (admin). */
  public record CreateFacility(
      @NotBlank
          @Pattern(
              regexp = "[A-Z]{1,3}-[0-9A-Z]{2,16}",
              message = "must look like P-160205: 1-3 capitals, '-', 2-16 capitals or digits")
          String code,
      @NotBlank @Size(max = 120) String name,
      @NotNull FacilityType type,
      @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit kecamatan code")
          String kecamatanCode,
      @Pattern(regexp = "\\d{10}", message = "must be a 10-digit desa/kelurahan code")
          String desaCode) {}
}

package id.go.okikab.permits.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.permits.domain.ApplicationAction;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The requests of the application workflow. */
public final class ApplicationCommands {

  private ApplicationCommands() {}

  /** A new draft, by a citizen for themself or for a business (NIB). */
  public record CreateApplication(
      @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a permit type code")
          String permitType,
      @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String nib,
      @NotBlank @Size(max = 200) String holderName,
      @Size(max = 20)
          List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String> kbli,
      @Pattern(
              regexp = "MIKRO|KECIL|MENENGAH|BESAR",
              message = "must be MIKRO, KECIL, MENENGAH or BESAR")
          String businessScale,
      JsonNode location,
      @Pattern(regexp = "1602\\d{6}", message = "must be a 10-digit desa code of OKI (1602…)")
          String desaCode,
      @DecimalMin(value = "0.01", message = "must be positive")
          @DecimalMax(value = "1000000", message = "must be at most 1,000,000 m²")
          BigDecimal floorAreaM2) {}

  /** One step of the workflow. */
  public record Transition(
      @NotNull ApplicationAction action,
      @Size(max = 1000) String reason,
      @DecimalMin(value = "0.0001", message = "must be positive") BigDecimal integratedIndex,
      @DecimalMin(value = "0.0001", message = "must be positive")
          @DecimalMax(value = "1", message = "must be at most 1")
          BigDecimal builtStateIndex) {}

  /** An officer takes (or hands over) an application. */
  public record Assignment(@NotBlank @Size(max = 64) String assignee) {}
}

package id.go.okikab.permits.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.permits.domain.zoning.Itbx;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The requests of the zoning map. */
public final class ZoningCommands {

  private ZoningCommands() {}

  /** One cell of the ITBX matrix: a zone code × a KBLI level (2–5 digits). */
  public record MatrixRow(
      @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "must be a zone code like R-2")
          String zoneCode,
      @NotNull @Pattern(regexp = "\\d{2,5}", message = "must be a KBLI level of 2-5 digits")
          String activity,
      @NotNull Itbx answer,
      @Size(max = 500) String conditions) {}

  /** A new layer with its first version. */
  public record CreateLayer(
      @NotBlank
          @Pattern(
              regexp = "[A-Z][A-Z0-9-]{1,39}",
              message = "must be capitals, digits and dashes, e.g. RDTR-KAYUAGUNG")
          String code,
      @NotBlank @Size(max = 200) String name,
      @NotNull @Pattern(regexp = "RTRW|RDTR", message = "must be RTRW or RDTR") String planKind,
      boolean demonstration,
      @NotNull JsonNode features,
      @NotNull @Size(max = 10000) List<@Valid @NotNull MatrixRow> matrix) {}

  /** A new version of a layer. */
  public record UploadVersion(
      @NotNull JsonNode features,
      @NotNull @Size(max = 10000) List<@Valid @NotNull MatrixRow> matrix) {}

  /** A conformity check (KKPR). */
  public record ConformityCheck(
      @NotNull JsonNode location,
      @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit KBLI code") String kbli) {}
}

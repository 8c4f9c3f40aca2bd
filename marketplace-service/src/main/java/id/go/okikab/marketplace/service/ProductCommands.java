package id.go.okikab.marketplace.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** What shops send about their products. Prices are whole rupiah (JSON integers). */
public final class ProductCommands {

  private ProductCommands() {}

  public record ListProduct(
      @NotNull UUID merchantId,
      @NotBlank @Size(max = 120) String name,
      @Size(max = 2000) String description,
      @NotBlank @Size(max = 30) String category,
      @NotNull @Positive @Max(1_000_000_000L) Long price,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer stock,
      @NotBlank @Size(max = 20) String unit,
      @Size(max = 40) String halalCertificateNo,
      LocalDate halalExpiresOn,
      @Pattern(regexp = "\\d{12,15}", message = "must be 12-15 digits (P-IRT)") String pirtNo,
      @Pattern(regexp = "(MD|ML)\\s?\\d{9,15}", message = "must be MD or ML and digits (BPOM)")
          String bpomNo) {}

  /** The product as it should be (all fields; the price change keeps history). */
  public record UpdateProduct(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 2000) String description,
      @NotBlank @Size(max = 30) String category,
      @NotNull @Positive @Max(1_000_000_000L) Long price,
      @NotBlank @Size(max = 20) String unit,
      @Size(max = 40) String halalCertificateNo,
      LocalDate halalExpiresOn,
      @Pattern(regexp = "\\d{12,15}", message = "must be 12-15 digits (P-IRT)") String pirtNo,
      @Pattern(regexp = "(MD|ML)\\s?\\d{9,15}", message = "must be MD or ML and digits (BPOM)")
          String bpomNo,
      @NotNull @Pattern(regexp = "ACTIVE|INACTIVE", message = "must be ACTIVE or INACTIVE")
          String status) {}

  /** A stock move by the shop: received goods (+), breakage or a count correction (−). */
  public record AdjustStock(
      @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
      @NotNull
          @Pattern(
              regexp = "RESTOCK|CORRECTION|DAMAGED|RETURNED",
              message = "must be RESTOCK, CORRECTION, DAMAGED or RETURNED")
          String reason,
      @Size(max = 200) String note) {}
}

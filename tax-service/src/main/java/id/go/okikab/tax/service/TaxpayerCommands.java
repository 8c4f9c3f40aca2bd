package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.TaxpayerKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Commands on taxpayers. */
public final class TaxpayerCommands {

  private TaxpayerCommands() {}

  /**
   * A new taxpayer: a PERSON with {@code nik}, or a BUSINESS with {@code nib} (and optionally the
   * owner's NIK, so that the owner sees its bills).
   */
  public record RegisterTaxpayer(
      @NotNull TaxpayerKind kind,
      @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String nik,
      @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String nib,
      @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String ownerNik,
      @NotBlank @Size(max = 120) String name,
      @Size(max = 200) String address,
      @NotNull @Pattern(regexp = "\\d{10}", message = "must be a 10-digit desa/kelurahan code")
          String desaCode) {}

  /** The heir who answers for a deceased taxpayer's objects. */
  public record RecordHeir(
      @NotNull @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String heirNik,
      @NotBlank @Size(max = 120) String heirName) {}
}

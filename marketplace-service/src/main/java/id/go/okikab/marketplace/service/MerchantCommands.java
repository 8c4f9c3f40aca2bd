package id.go.okikab.marketplace.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What callers send about shops. */
public final class MerchantCommands {

  private MerchantCommands() {}

  public static final String NMID = "ID[0-9]{10,18}";

  /** Opening a shop (the owner is the caller, by the token's NIK). */
  public record RegisterMerchant(
      @NotBlank @Size(max = 100) String businessName,
      @NotNull @Pattern(regexp = "\\d{13}", message = "must be 13 digits (NIB)") String nib,
      @NotEmpty @Size(max = 20)
          List<
                  @NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits (KBLI 2020)")
                  String>
              kbli,
      @PositiveOrZero Long declaredCapital,
      @PositiveOrZero Long annualTurnover,
      @NotNull String desaCode,
      @Size(max = 200) String address,
      @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String postalCode,
      @Pattern(regexp = NMID, message = "must be a QRIS NMID: ID and 10-18 digits") String qrisNmid,
      @Size(max = 4000) String returnPolicy,
      @Min(0) @Max(30) Integer returnWindowDays) {}

  /** The owner's changes (absent fields unchanged). */
  public record AmendMerchant(
      @Size(min = 1, max = 100) String businessName,
      @Size(max = 200) String address,
      @Pattern(regexp = "\\d{5}", message = "must be 5 digits") String postalCode,
      @Pattern(regexp = NMID, message = "must be a QRIS NMID: ID and 10-18 digits") String qrisNmid,
      @Size(max = 4000) String returnPolicy,
      @Min(0) @Max(30) Integer returnWindowDays) {}

  /** An admin's decision on a shop, with its reason. */
  public record Decision(@NotBlank @Size(max = 500) String reason) {}
}

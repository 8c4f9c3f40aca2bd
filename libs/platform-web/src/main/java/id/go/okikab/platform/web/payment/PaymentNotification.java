package id.go.okikab.platform.web.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the bank (the {@code payment-provider} client) reports about one payment, the same body for
 * every service that collects money (tax bills, permit fees, marketplace orders). Amounts are
 * integer rupiah.
 */
@Schema(description = "A payment notification from the bank (client payment-provider)")
public record PaymentNotification(
    @Schema(description = "the billing code (or QRIS bill reference) paid")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits and dashes")
        String billingCode,
    @Schema(description = "amount paid, integer rupiah") @NotNull @Positive Long amount,
    @Schema(description = "the bank's reference of the transaction (NTPD or acquirer reference)")
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, '.', '_' or '-'")
        String reference,
    @Schema(description = "when the payment was made, with its offset") @NotNull
        OffsetDateTime paidAt,
    @Schema(description = "the channel: TELLER, VA, QRIS, ATM, MOBILE, …")
        @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "[A-Z_]+", message = "must be an upper-case channel code")
        String channel) {}

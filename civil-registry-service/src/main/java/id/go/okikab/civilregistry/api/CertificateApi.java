package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.api.CommonApi.NIK;
import static id.go.okikab.civilregistry.api.CommonApi.NIK_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Documents, their public verification, and agency verification of residents. */
public final class CertificateApi {

  private CertificateApi() {}

  /** What anyone holding a verification code may learn: never the NIK, never the full name. */
  public record PublicVerification(
      String documentType,
      String documentTitle,
      String number,
      String status,
      LocalDate issuedOn,
      String maskedName) {}

  /** A document, for officers and the people it concerns. */
  public record CertificateView(
      UUID id,
      String type,
      String title,
      String number,
      String verificationCode,
      String status,
      LocalDate issuedOn,
      UUID residentId,
      String nameOnDocument) {}

  /** An agency asks whether a NIK, a name and a date of birth belong to one living resident. */
  public record ResidentVerificationRequest(
      @NotNull @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik,
      @NotBlank @Size(max = 120) String fullName,
      @NotNull LocalDate birthDate) {}

  /** Match or no match; nothing more. */
  public record ResidentVerificationResult(boolean match) {}
}

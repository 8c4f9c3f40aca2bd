package id.go.okikab.civilregistry.service;

import static id.go.okikab.civilregistry.service.CommonCommands.NIK;
import static id.go.okikab.civilregistry.service.CommonCommands.NIK_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The agency's question. */
public final class VerificationCommands {

  private VerificationCommands() {}

  /** An agency asks whether a NIK, a name and a date of birth belong to one living resident. */
  public record ResidentVerificationRequest(
      @NotNull @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik,
      @NotBlank @Size(max = 120) String fullName,
      @NotNull LocalDate birthDate) {}
}

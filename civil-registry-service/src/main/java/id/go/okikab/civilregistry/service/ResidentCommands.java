package id.go.okikab.civilregistry.service;

import static id.go.okikab.civilregistry.service.CommonCommands.CODE;
import static id.go.okikab.civilregistry.service.CommonCommands.CODE_MESSAGE;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME_MESSAGE;
import static id.go.okikab.civilregistry.service.CommonCommands.NIK;
import static id.go.okikab.civilregistry.service.CommonCommands.NIK_MESSAGE;

import id.go.okikab.civilregistry.domain.ResidentStatus;
import id.go.okikab.civilregistry.service.CommonCommands.AddressInput;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** The commands of the resident use cases (registration, search, corrections, reviews). */
public final class ResidentCommands {

  private ResidentCommands() {}

  /** A parent: their NIK when they have one (resident or not), and their name. */
  public record ParentInput(
      @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik,
      @Size(max = 120) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name) {}

  /** An officer registers an existing person with their NIK. */
  public record RegisterResident(
      @NotNull @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik,
      @NotBlank @Size(max = 120) @Pattern(regexp = NAME, message = NAME_MESSAGE) String fullName,
      @NotNull Sex sex,
      @NotNull @PastOrPresent LocalDate birthDate,
      @NotBlank @Size(max = 80) String birthPlace,
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String religion,
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String maritalStatus,
      Boolean marriageRegistered,
      @Pattern(regexp = CODE, message = CODE_MESSAGE) String bloodType,
      @Size(max = 80) String occupation,
      @Valid ParentInput mother,
      @Valid ParentInput father,
      @NotNull @Valid AddressInput address) {}

  /**
   * One way to search: {@code nik}; or {@code name} + {@code birthDate}; or {@code kecamatanCode}
   * or {@code desaCode} (optionally with {@code status}). Sent as a body so that NIKs and names
   * stay out of URLs and access logs.
   */
  public record SearchRequest(
      @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik,
      @Size(min = 2, max = 120) String name,
      LocalDate birthDate,
      @Pattern(regexp = "\\d{6}|\\d{2}\\.\\d{2}\\.\\d{2}", message = "must be a kecamatan code")
          String kecamatanCode,
      @Pattern(regexp = CommonCommands.DESA, message = CommonCommands.DESA_MESSAGE) String desaCode,
      ResidentStatus status) {}

  /** An officer corrects fields (API names, values as text) with a reason. */
  public record CorrectionRequest(
      @NotEmpty Map<String, String> changes, @NotBlank @Size(max = 500) String reason) {}

  /** Does a living resident have this NIK? */
  public record ExistenceRequest(
      @NotNull @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik) {}

  /** An officer's decision on a review. */
  public record ReviewDecision(
      @NotNull Decision decision, @NotBlank @Size(max = 500) String reason) {

    /** Register as a different person, or reject as the same person. */
    public enum Decision {
      REGISTER,
      REJECT
    }
  }
}

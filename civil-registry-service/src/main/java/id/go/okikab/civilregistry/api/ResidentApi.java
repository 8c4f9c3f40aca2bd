package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.api.CommonApi.CODE;
import static id.go.okikab.civilregistry.api.CommonApi.CODE_MESSAGE;
import static id.go.okikab.civilregistry.api.CommonApi.NAME;
import static id.go.okikab.civilregistry.api.CommonApi.NAME_MESSAGE;
import static id.go.okikab.civilregistry.api.CommonApi.NIK;
import static id.go.okikab.civilregistry.api.CommonApi.NIK_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.api.CommonApi.AddressInput;
import id.go.okikab.civilregistry.api.CommonApi.AddressView;
import id.go.okikab.civilregistry.api.CommonApi.CodeView;
import id.go.okikab.civilregistry.api.CommonApi.WarningView;
import id.go.okikab.civilregistry.domain.ResidentStatus;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and responses of /api/v1/residents and /api/v1/resident-reviews. */
public final class ResidentApi {

  private ResidentApi() {}

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

  /** A parent as the registry knows them. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ParentView(UUID residentId, String name) {}

  /** A resident record (officers, and the person themselves). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ResidentView(
      UUID id,
      String nik,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      String birthPlace,
      CodeView religion,
      CodeView maritalStatus,
      Boolean marriageRegistered,
      CodeView bloodType,
      String occupation,
      ParentView mother,
      ParentView father,
      AddressView address,
      ResidentStatus status,
      LocalDate dateOfDeath,
      UUID familyId,
      String origin,
      Instant registeredAt,
      long version,
      List<WarningView> warnings) {}

  /** One search result. */
  public record ResidentSummary(
      UUID id,
      String nik,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      String desaCode,
      ResidentStatus status) {}

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
      @Pattern(regexp = CommonApi.DESA, message = CommonApi.DESA_MESSAGE) String desaCode,
      ResidentStatus status) {}

  /** An officer corrects fields (API names, values as text) with a reason. */
  public record CorrectionRequest(
      @NotEmpty Map<String, String> changes, @NotBlank @Size(max = 500) String reason) {}

  /** One correction in a resident's history. */
  public record CorrectionView(
      UUID id,
      Instant correctedAt,
      String officer,
      String reason,
      Map<String, String> oldValues,
      Map<String, String> newValues) {}

  /** Does a living resident have this NIK? */
  public record ExistenceRequest(
      @NotNull @Pattern(regexp = NIK, message = NIK_MESSAGE) String nik) {}

  public record ExistenceView(boolean exists) {}

  /** 202: the person may already be registered; an officer decides. */
  public record ReviewPending(UUID reviewId, List<UUID> candidateIds, String detail) {}

  /** A duplicate-person review. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReviewView(
      UUID id,
      String status,
      String fullName,
      LocalDate birthDate,
      List<UUID> candidateIds,
      String openedBy,
      Instant openedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      UUID residentId) {}

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

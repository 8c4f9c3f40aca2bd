package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.api.CommonApi.CODE;
import static id.go.okikab.civilregistry.api.CommonApi.CODE_MESSAGE;
import static id.go.okikab.civilregistry.api.CommonApi.NAME;
import static id.go.okikab.civilregistry.api.CommonApi.NAME_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.api.CommonApi.CodeView;
import id.go.okikab.civilregistry.api.ResidentApi.ParentView;
import id.go.okikab.civilregistry.domain.DeathRegistration.StatementIssuer;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of /api/v1/birth-registrations and /api/v1/death-registrations. */
public final class RegistrationApi {

  private RegistrationApi() {}

  /** A parent: a resident of the registry, or only a name. */
  public record ParentInput(
      UUID residentId,
      @Size(max = 120) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name) {}

  /**
   * A birth declaration (also the completion of a DRAFT or a NEEDS_FIX): the family card the child
   * joins, the child, the parents. The mother is required (a resident or a name).
   */
  public record DeclareBirth(
      @NotNull UUID familyId,
      @NotBlank @Size(max = 120) @Pattern(regexp = NAME, message = NAME_MESSAGE) String childName,
      @NotNull Sex sex,
      @NotNull @PastOrPresent LocalDate birthDate,
      LocalTime birthTime,
      @NotBlank @Size(max = 80) String birthPlace,
      @Pattern(regexp = CommonApi.DESA, message = CommonApi.DESA_MESSAGE) String birthDesaCode,
      @Valid ParentInput mother,
      @Valid ParentInput father,
      @Pattern(regexp = CODE, message = CODE_MESSAGE) String relationship) {}

  /** A death declaration (also the correction of a NEEDS_FIX). */
  public record DeclareDeath(
      @NotNull UUID residentId,
      @NotNull @PastOrPresent LocalDate dateOfDeath,
      @NotBlank @Size(max = 80) String placeOfDeath,
      @NotNull StatementIssuer statementIssuer,
      @Size(max = 60) String statementReference,
      UUID newHeadResidentId) {}

  /** An officer's note: what to fix, or why it is rejected. */
  public record Note(@NotBlank @Size(max = 500) String reason) {}

  /** Approval; a registration flagged as a possible duplicate needs duplicateReviewed = true. */
  public record Approval(Boolean duplicateReviewed) {}

  /** A document issued for a registration or move. */
  public record CertificateRef(
      UUID id, String type, String number, String verificationCode, LocalDate issuedOn) {}

  /** A state change. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TransitionView(
      RegistrationStatus from, RegistrationStatus to, String actor, Instant at, String note) {}

  /** The child of a birth registration. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChildView(
      String name,
      Sex sex,
      LocalDate birthDate,
      LocalTime birthTime,
      String birthPlace,
      String birthDesaCode) {}

  /** A birth registration. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record BirthView(
      UUID id,
      RegistrationStatus status,
      RegistrationChannel channel,
      boolean late,
      Long lateFineRupiah,
      Instant reportedAt,
      UUID familyId,
      ChildView child,
      ParentView mother,
      ParentView father,
      CodeView relationship,
      String healthChildId,
      boolean duplicateSuspect,
      List<UUID> duplicateCandidates,
      String officerNote,
      UUID childResidentId,
      String childNik,
      CertificateRef certificate,
      long version,
      List<TransitionView> history) {}

  /** A death registration. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DeathView(
      UUID id,
      RegistrationStatus status,
      RegistrationChannel channel,
      boolean late,
      Long lateFineRupiah,
      Instant reportedAt,
      UUID residentId,
      String fullName,
      UUID familyId,
      LocalDate dateOfDeath,
      String placeOfDeath,
      StatementIssuer statementIssuer,
      String statementReference,
      UUID newHeadResidentId,
      String officerNote,
      CertificateRef certificate,
      long version,
      List<TransitionView> history) {}

  /** One line of a list of registrations. */
  public record RegistrationSummary(
      UUID id,
      String kind,
      RegistrationStatus status,
      RegistrationChannel channel,
      boolean late,
      UUID familyId,
      LocalDate eventDate,
      Instant reportedAt) {}
}

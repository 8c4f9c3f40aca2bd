package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.domain.ResidentStatus;
import id.go.okikab.civilregistry.service.CommonViews.AddressView;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.platform.domain.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the resident use cases answer. */
public final class ResidentViews {

  private ResidentViews() {}

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

  /** One correction in a resident's history. */
  public record CorrectionView(
      UUID id,
      Instant correctedAt,
      String officer,
      String reason,
      Map<String, String> oldValues,
      Map<String, String> newValues) {}

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
      UUID residentId,
      long version) {}
}

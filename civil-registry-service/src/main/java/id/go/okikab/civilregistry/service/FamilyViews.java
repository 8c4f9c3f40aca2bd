package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.domain.FamilyStatus;
import id.go.okikab.civilregistry.service.CommonViews.AddressView;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.CommonViews.WarningView;
import id.go.okikab.platform.domain.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the family card use cases answer. */
public final class FamilyViews {

  private FamilyViews() {}

  /** A member on the card. */
  public record MemberView(
      UUID residentId,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      CodeView relationship,
      Instant joinedAt) {}

  /** A family card as it is now. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record FamilyView(
      UUID id,
      String kkNumber,
      UUID cardId,
      Instant cardValidFrom,
      FamilyStatus status,
      AddressView address,
      UUID headResidentId,
      List<MemberView> members,
      long version,
      List<WarningView> warnings) {}

  /** Every card a family had and every membership. */
  public record HistoryView(List<CardView> cards, List<MembershipView> memberships) {}

  /** One card: its KK number and when it was in force. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CardView(
      UUID id,
      String kkNumber,
      String reason,
      UUID headResidentId,
      Instant validFrom,
      Instant validTo) {}

  /** One membership. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MembershipView(
      UUID residentId,
      CodeView relationship,
      Instant joinedAt,
      String joinReason,
      Instant leftAt,
      String leaveReason) {}
}

package id.go.okikab.civilregistry.api;

import static id.go.okikab.civilregistry.api.CommonApi.CODE;
import static id.go.okikab.civilregistry.api.CommonApi.CODE_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.api.CommonApi.AddressView;
import id.go.okikab.civilregistry.api.CommonApi.CodeView;
import id.go.okikab.civilregistry.api.CommonApi.WarningView;
import id.go.okikab.civilregistry.domain.FamilyStatus;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and responses of /api/v1/families. */
public final class FamilyApi {

  private FamilyApi() {}

  /** A member and their relationship to the head (SHDK code, "1" for the head). */
  public record MemberInput(
      @NotNull UUID residentId,
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String relationship) {}

  /**
   * A new family card: its members, exactly one with relationship "1" (head). {@code kkNumber}
   * records a card issued before this registry (its number is kept); without it a new number is
   * issued. The family lives at the head's address.
   */
  public record CreateFamily(
      @NotEmpty @Size(max = 30) List<@Valid @NotNull MemberInput> members,
      @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String kkNumber,
      @NotBlank @Size(max = 200) String reason) {}

  /** A resident joins the family card (not as head). */
  public record AddMember(
      @NotNull UUID residentId,
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String relationship,
      @NotBlank @Size(max = 200) String reason) {}

  /**
   * A member leaves the card. When the head leaves, {@code newHeadResidentId} names the member who
   * becomes head and the family gets a new KK number.
   */
  public record RemoveMember(@NotBlank @Size(max = 200) String reason, UUID newHeadResidentId) {}

  /** Another member becomes head; the former head stays with {@code formerHeadRelationship}. */
  public record ChangeHead(
      @NotNull UUID newHeadResidentId,
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String formerHeadRelationship,
      @NotBlank @Size(max = 200) String reason) {}

  /**
   * Pisah KK: members leave to form a family of their own (new KK number), with their relationship
   * to the new head (exactly one "1"). The current head cannot split off.
   */
  public record Split(
      @NotEmpty @Size(max = 30) List<@Valid @NotNull MemberInput> members,
      @NotBlank @Size(max = 200) String reason) {}

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

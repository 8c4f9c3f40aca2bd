package id.go.okikab.civilregistry.service;

import static id.go.okikab.civilregistry.service.CommonCommands.CODE;
import static id.go.okikab.civilregistry.service.CommonCommands.CODE_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The commands of the family card use cases. */
public final class FamilyCommands {

  private FamilyCommands() {}

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
}

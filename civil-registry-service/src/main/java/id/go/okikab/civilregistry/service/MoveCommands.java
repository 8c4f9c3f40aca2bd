package id.go.okikab.civilregistry.service;

import static id.go.okikab.civilregistry.service.CommonCommands.CODE;
import static id.go.okikab.civilregistry.service.CommonCommands.CODE_MESSAGE;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME_MESSAGE;
import static id.go.okikab.civilregistry.service.CommonCommands.NIK;
import static id.go.okikab.civilregistry.service.CommonCommands.NIK_MESSAGE;

import id.go.okikab.civilregistry.service.CommonCommands.AddressInput;
import id.go.okikab.civilregistry.service.FamilyCommands.MemberInput;
import id.go.okikab.civilregistry.service.ResidentCommands.ParentInput;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The commands of the move use cases. */
public final class MoveCommands {

  private MoveCommands() {}

  static final String REGENCY = "\\d{4}|\\d{2}\\.\\d{2}";

  /**
   * A move inside OKI. Without {@code members} the whole family moves (new KK number for the new
   * address). With {@code members}, those residents leave the family and found a new one at the new
   * address, with their relationship to its head (exactly one "1"); if the current head is among
   * them, {@code remainingHeadResidentId} names the head of those who stay.
   */
  public record MoveWithin(
      @NotNull UUID familyId,
      @Size(max = 30) List<@Valid @NotNull MemberInput> members,
      @NotNull @Valid AddressInput newAddress,
      UUID remainingHeadResidentId,
      @NotBlank @Size(max = 200) String reason) {}

  /**
   * A move out of OKI: the residents become MOVED_OUT and an SKPWNI is issued. When the head of a
   * family leaves without the whole family, {@code remainingHeadResidentId} names the new head.
   */
  public record MoveOut(
      @NotEmpty @Size(max = 30) List<@NotNull UUID> residentIds,
      @NotNull @Pattern(regexp = REGENCY, message = "must be a regency or city code (4 digits)")
          String destinationRegencyCode,
      UUID remainingHeadResidentId,
      @NotBlank @Size(max = 200) String reason) {}

  /** A person moving in, with their NIK (kept for life) and their relationship in the family. */
  public record Newcomer(
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
      @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String relationship) {}

  /**
   * A move into OKI with the SKPWNI of the origin regency: the persons join {@code joinFamilyId},
   * or form a new family (new KK number) with exactly one head ("1").
   */
  public record MoveIn(
      @NotNull @Pattern(regexp = REGENCY, message = "must be a regency or city code (4 digits)")
          String originRegencyCode,
      @NotBlank @Size(max = 60) String skpwniNumber,
      @NotEmpty @Size(max = 30) List<@Valid @NotNull Newcomer> persons,
      @NotNull @Valid AddressInput address,
      UUID joinFamilyId,
      @NotBlank @Size(max = 200) String reason) {}
}

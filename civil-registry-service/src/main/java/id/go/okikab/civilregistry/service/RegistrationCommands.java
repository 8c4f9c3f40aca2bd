package id.go.okikab.civilregistry.service;

import static id.go.okikab.civilregistry.service.CommonCommands.CODE;
import static id.go.okikab.civilregistry.service.CommonCommands.CODE_MESSAGE;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME;
import static id.go.okikab.civilregistry.service.CommonCommands.NAME_MESSAGE;

import id.go.okikab.civilregistry.domain.DeathRegistration.StatementIssuer;
import id.go.okikab.platform.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** The commands of the birth and death registration workflow. */
public final class RegistrationCommands {

  private RegistrationCommands() {}

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
      @Pattern(regexp = CommonCommands.DESA, message = CommonCommands.DESA_MESSAGE)
          String birthDesaCode,
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
}

package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.domain.DeathRegistration.StatementIssuer;
import id.go.okikab.civilregistry.domain.RegistrationChannel;
import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.service.CertificateViews.CertificateRef;
import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.civilregistry.service.ResidentViews.ParentView;
import id.go.okikab.platform.domain.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the birth and death registration workflow answers. */
public final class RegistrationViews {

  private RegistrationViews() {}

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

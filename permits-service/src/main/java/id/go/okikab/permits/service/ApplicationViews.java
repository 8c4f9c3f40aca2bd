package id.go.okikab.permits.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the application endpoints answer. */
public final class ApplicationViews {

  private ApplicationViews() {}

  /** An application as its applicant and the officers see it. */
  public record ApplicationView(
      String id,
      String permitType,
      String status,
      String applicantKind,
      String nib,
      String holderName,
      List<String> kbli,
      String businessScale,
      JsonNode location,
      String desaCode,
      String kecamatanCode,
      String kkprResult,
      String kkprLayers,
      String kkprConditions,
      java.math.BigDecimal floorAreaM2,
      int slaWorkingDays,
      Integer slaRemainingWorkingDays,
      LocalDate slaDueOn,
      boolean slaBreached,
      boolean deemedApproved,
      String assignedTo,
      Long feeAmount,
      String billingCode,
      OffsetDateTime feePaidAt,
      OffsetDateTime submittedAt,
      OffsetDateTime decidedAt,
      Integer decisionWorkingDays,
      Boolean withinSla,
      String permitId,
      OffsetDateTime createdAt) {}

  /** A step of the history. */
  public record TransitionView(
      String action,
      String fromStatus,
      String toStatus,
      String actor,
      String reason,
      int slaUsedWorkingDays,
      OffsetDateTime at) {}

  /** A document's metadata. */
  public record DocumentView(
      String id,
      String purpose,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      OffsetDateTime uploadedAt) {}
}

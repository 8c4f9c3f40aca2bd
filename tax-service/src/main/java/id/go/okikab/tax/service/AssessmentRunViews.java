package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.AssessmentRun;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Progress of an SPPT batch. */
public final class AssessmentRunViews {

  private AssessmentRunViews() {}

  public record RunError(UUID taxObjectId, String nop, String rule, String detail) {}

  public record AssessmentRunView(
      UUID id,
      int taxYear,
      AssessmentRun.Status status,
      int total,
      int done,
      int issued,
      int errorCount,
      List<RunError> errors,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {

    public static AssessmentRunView of(AssessmentRun r, List<RunError> errors) {
      return new AssessmentRunView(
          r.id,
          r.taxYear,
          r.status,
          r.total,
          r.done,
          r.issued,
          r.errors,
          errors,
          r.startedAt,
          r.finishedAt);
    }
  }

  public record StartRun(
      @jakarta.validation.constraints.NotNull
          @jakarta.validation.constraints.Min(2000)
          @jakarta.validation.constraints.Max(2100)
          Integer taxYear) {}
}

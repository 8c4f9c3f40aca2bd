package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.civilregistry.domain.MoveKind;
import id.go.okikab.civilregistry.service.CertificateViews.CertificateRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the move use cases answer. */
public final class MoveViews {

  private MoveViews() {}

  /** A recorded move. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MoveView(
      UUID id,
      String number,
      MoveKind kind,
      String reason,
      String fromDesaCode,
      String toDesaCode,
      String originRegencyCode,
      String destinationRegencyCode,
      String skpwniNumber,
      CertificateRef certificate,
      UUID familyId,
      List<UUID> residentIds,
      String recordedBy,
      Instant recordedAt) {}
}

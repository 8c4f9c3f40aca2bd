package id.go.okikab.platform.web.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One read of a record, as shown to officers and auditors. */
public record ReadAuditRecord(
    OffsetDateTime occurredAt,
    String resourceType,
    String resourceId,
    String subjectRef,
    String actorSubject,
    String actorUsername,
    String actorClientId,
    List<String> actorRoles,
    String purpose,
    String requestId) {

  static ReadAuditRecord of(ReadAuditEntry entry) {
    return new ReadAuditRecord(
        entry.occurredAt,
        entry.resourceType,
        entry.resourceId,
        entry.subjectRef,
        entry.actorSubject,
        entry.actorUsername,
        entry.actorClientId,
        entry.actorRoles.isEmpty() ? List.of() : List.of(entry.actorRoles.split(",")),
        entry.purpose,
        entry.requestId);
  }
}

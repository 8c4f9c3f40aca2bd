package id.go.okikab.platform.web.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of {@code read_audit}: written once, never changed (see {@link ReadAudit}). */
@Entity
@Immutable
@Table(name = "read_audit")
public class ReadAuditEntry {

  @Id public UUID id;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "resource_type", nullable = false, length = 64)
  public String resourceType;

  @Column(name = "resource_id", nullable = false, length = 128)
  public String resourceId;

  @Column(name = "subject_ref", length = 64)
  public String subjectRef;

  @Column(name = "actor_subject")
  public String actorSubject;

  @Column(name = "actor_username")
  public String actorUsername;

  @Column(name = "actor_client_id")
  public String actorClientId;

  /** Realm roles, sorted, comma-separated. */
  @Column(name = "actor_roles", nullable = false, columnDefinition = "text")
  public String actorRoles;

  @Column(name = "purpose", nullable = false, length = 32)
  public String purpose;

  @Column(name = "request_id", length = 64)
  public String requestId;
}

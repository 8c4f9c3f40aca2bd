package id.go.okikab.platform.web.audit;

import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The access-audit trail: who read which record of whom, when and why (architecture §5).
 *
 * <pre>
 * readAudit.record("child-health-record", record.id.toString(), record.subjectRef, "care");
 * </pre>
 *
 * The row is written in the caller's transaction when there is one (so it commits or rolls back
 * with the read it describes), else in its own. The purpose is the request's {@value
 * #PURPOSE_HEADER} header when present (a short code, else 400), otherwise the service's default.
 * The trail is append-only: there is no update or delete here, and the table refuses both.
 */
@ApplicationScoped
public class ReadAudit {

  /** Request header with which a caller states why it reads (e.g. {@code verification}). */
  public static final String PURPOSE_HEADER = "X-Access-Purpose";

  private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{1,31}");
  private static final Pattern SUBJECT_REF = Pattern.compile("[0-9a-f]{64}");

  private final ReadAuditRepository repository;
  private final Instance<CallerIdentity> caller;
  private final CurrentVertxRequest currentRequest;

  public ReadAudit(
      ReadAuditRepository repository,
      Instance<CallerIdentity> caller,
      CurrentVertxRequest currentRequest) {
    this.repository = repository;
    this.caller = caller;
    this.currentRequest = currentRequest;
  }

  /**
   * Records one read.
   *
   * @param resourceType what kind of record, e.g. {@code birth-declaration}
   * @param resourceId the record's id (never a NIK)
   * @param subjectRef whose record it is ({@code SubjectRefs.of(nik)}), {@code null} if no one's
   * @param defaultPurpose purpose code used when the request has no {@value #PURPOSE_HEADER}
   * @throws ValidationProblem (400) when the request's {@value #PURPOSE_HEADER} is not a code
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(
      String resourceType, String resourceId, String subjectRef, String defaultPurpose) {
    require(resourceType, 64, "resourceType");
    require(resourceId, 128, "resourceId");
    if (subjectRef != null && !SUBJECT_REF.matcher(subjectRef).matches()) {
      throw new IllegalArgumentException("subjectRef must be a subject reference (64 hex)");
    }
    if (defaultPurpose == null || !PURPOSE.matcher(defaultPurpose).matches()) {
      throw new IllegalArgumentException("defaultPurpose must match " + PURPOSE);
    }

    ReadAuditEntry entry = new ReadAuditEntry();
    entry.id = UUID.randomUUID();
    entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    entry.resourceType = resourceType;
    entry.resourceId = resourceId;
    entry.subjectRef = subjectRef;
    entry.purpose = purpose(defaultPurpose);
    entry.requestId = RequestIds.current().orElse(null);
    entry.actorRoles = "";
    if (Arc.container().requestContext().isActive()) {
      CallerIdentity who = caller.get();
      if (!who.isAnonymous()) {
        entry.actorSubject = who.subject().orElse(null);
        entry.actorUsername = who.username().orElse(null);
        entry.actorClientId = who.clientId().orElse(null);
        entry.actorRoles = String.join(",", who.roles());
      }
    }
    repository.persist(entry);
  }

  /** The reads of one person's records, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReadAuditRecord> bySubject(String subjectRef, PageRequest page) {
    return Pages.of(
        repository.find("subjectRef", newestFirst(), subjectRef), page, ReadAuditRecord::of);
  }

  /** The reads of one record, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReadAuditRecord> byResource(
      String resourceType, String resourceId, PageRequest page) {
    return Pages.of(
        repository.find(
            "resourceType = ?1 and resourceId = ?2", newestFirst(), resourceType, resourceId),
        page,
        ReadAuditRecord::of);
  }

  private static Sort newestFirst() {
    return Sort.descending("occurredAt").and("id", Sort.Direction.Descending);
  }

  private String purpose(String defaultPurpose) {
    RoutingContext context = currentRequest.getCurrent();
    if (context == null) {
      return defaultPurpose;
    }
    List<String> stated = context.request().headers().getAll(PURPOSE_HEADER);
    if (stated.isEmpty()) {
      return defaultPurpose;
    }
    if (stated.size() > 1 || !PURPOSE.matcher(stated.get(0)).matches()) {
      throw new ValidationProblem(
          PURPOSE_HEADER,
          "must be one lowercase purpose code of 2-32 characters (letters, digits, '-')");
    }
    return stated.get(0);
  }

  private static void require(String value, int maxLength, String name) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " must have 1-" + maxLength + " characters");
    }
  }
}

package id.go.okikab.platform.web.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code read_audit}; only {@link ReadAudit} uses it. */
@ApplicationScoped
class ReadAuditRepository implements PanacheRepositoryBase<ReadAuditEntry, UUID> {}

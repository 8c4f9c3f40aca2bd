package id.go.okikab.permits.repository;

import id.go.okikab.permits.domain.Permit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Permit}. */
@ApplicationScoped
public class PermitRepository implements PanacheRepositoryBase<Permit, UUID> {}

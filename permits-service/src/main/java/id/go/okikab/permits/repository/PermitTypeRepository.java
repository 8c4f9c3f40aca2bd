package id.go.okikab.permits.repository;

import id.go.okikab.permits.domain.PermitType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link PermitType}. */
@ApplicationScoped
public class PermitTypeRepository implements PanacheRepositoryBase<PermitType, String> {}

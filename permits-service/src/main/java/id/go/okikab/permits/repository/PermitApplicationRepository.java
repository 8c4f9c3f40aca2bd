package id.go.okikab.permits.repository;

import id.go.okikab.permits.domain.PermitApplication;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link PermitApplication}. */
@ApplicationScoped
public class PermitApplicationRepository
    implements PanacheRepositoryBase<PermitApplication, UUID> {}

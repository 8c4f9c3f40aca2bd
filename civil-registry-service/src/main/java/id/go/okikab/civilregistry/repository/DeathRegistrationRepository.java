package id.go.okikab.civilregistry.repository;

import id.go.okikab.civilregistry.domain.DeathRegistration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DeathRegistrationRepository
    implements PanacheRepositoryBase<DeathRegistration, UUID> {}

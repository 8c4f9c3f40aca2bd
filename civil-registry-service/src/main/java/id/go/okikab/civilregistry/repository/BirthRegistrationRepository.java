package id.go.okikab.civilregistry.repository;

import id.go.okikab.civilregistry.domain.BirthRegistration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BirthRegistrationRepository
    implements PanacheRepositoryBase<BirthRegistration, UUID> {}

package id.go.okikab.health.repository;

import id.go.okikab.health.domain.AncContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link AncContact}. */
@ApplicationScoped
public class AncContactRepository implements PanacheRepositoryBase<AncContact, UUID> {}

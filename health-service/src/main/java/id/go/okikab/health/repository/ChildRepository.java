package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Child;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Child}. */
@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {}

package id.go.okikab.health.repository;

import id.go.okikab.health.domain.PostnatalVisit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link PostnatalVisit}. */
@ApplicationScoped
public class PostnatalVisitRepository implements PanacheRepositoryBase<PostnatalVisit, UUID> {}

package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Child;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Panache access to {@link Child}. */
@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

  /** The resource type in problem details: unknown and someone else's records read alike. */
  public static final String RESOURCE = "child record";

  /** The child's record, or the 404 of every child route. */
  public Child require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }

  /** The same, locked for the rest of the transaction ({@code SELECT … FOR UPDATE}). */
  public Child requireLocked(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }
}

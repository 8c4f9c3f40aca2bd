package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Pregnancy}. */
@ApplicationScoped
public class PregnancyRepository implements PanacheRepositoryBase<Pregnancy, UUID> {

  /** The resource type in problem details: unknown and someone else's pregnancies read alike. */
  public static final String RESOURCE = "pregnancy";

  /** The pregnancy, or the 404 of every pregnancy route. */
  public Pregnancy require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }
}

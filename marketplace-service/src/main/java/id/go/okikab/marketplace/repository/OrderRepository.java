package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.Order;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Order}. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

  public static final String RESOURCE = "order";

  /** The order, or the 404. */
  public Order require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }
}

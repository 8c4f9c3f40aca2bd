package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.Product;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Product}. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

  public static final String RESOURCE = "product";

  /** The product, or the 404. */
  public Product require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }
}

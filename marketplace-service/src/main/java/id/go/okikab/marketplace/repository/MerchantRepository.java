package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Merchant}. */
@ApplicationScoped
public class MerchantRepository implements PanacheRepositoryBase<Merchant, UUID> {

  public static final String RESOURCE = "merchant";

  /** The merchant, or the 404. */
  public Merchant require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
  }
}

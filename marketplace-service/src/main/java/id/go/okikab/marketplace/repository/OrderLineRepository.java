package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.OrderLine;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Panache access to {@link OrderLine}. */
@ApplicationScoped
public class OrderLineRepository implements PanacheRepositoryBase<OrderLine, OrderLine.Key> {

  public List<OrderLine> of(UUID orderId) {
    return list("key.orderId = ?1 order by key.lineNo", orderId);
  }
}

package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.OrderTransition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link OrderTransition}. */
@ApplicationScoped
public class OrderTransitionRepository implements PanacheRepositoryBase<OrderTransition, Long> {}

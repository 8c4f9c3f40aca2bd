package id.go.okikab.health.repository;

import id.go.okikab.health.domain.DeliveryBaby;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link DeliveryBaby}. */
@ApplicationScoped
public class DeliveryBabyRepository
    implements PanacheRepositoryBase<DeliveryBaby, DeliveryBaby.Key> {}

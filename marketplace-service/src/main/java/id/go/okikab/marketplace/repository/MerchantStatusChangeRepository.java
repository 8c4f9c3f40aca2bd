package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.MerchantStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link MerchantStatusChange}. */
@ApplicationScoped
public class MerchantStatusChangeRepository
    implements PanacheRepositoryBase<MerchantStatusChange, Long> {}

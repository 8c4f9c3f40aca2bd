package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.ProductPriceChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link ProductPriceChange}. */
@ApplicationScoped
public class ProductPriceChangeRepository
    implements PanacheRepositoryBase<ProductPriceChange, Long> {}

package id.go.okikab.civilregistry.repository;

import id.go.okikab.civilregistry.domain.Region;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {}

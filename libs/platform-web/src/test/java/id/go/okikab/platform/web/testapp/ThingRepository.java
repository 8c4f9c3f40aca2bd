package id.go.okikab.platform.web.testapp;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ThingRepository implements PanacheRepositoryBase<Thing, UUID> {}

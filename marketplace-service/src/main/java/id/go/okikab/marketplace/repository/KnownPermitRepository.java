package id.go.okikab.marketplace.repository;

import id.go.okikab.marketplace.domain.KnownPermit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Panache access to {@link KnownPermit}. */
@ApplicationScoped
public class KnownPermitRepository implements PanacheRepositoryBase<KnownPermit, String> {

  /** The newest issued (neither suspended nor revoked) permit of a NIB. */
  public Optional<KnownPermit> activeFor(String nib) {
    return find("nib = ?1 and status = ?2 order by changedAt desc", nib, KnownPermit.Status.ISSUED)
        .firstResultOptional();
  }
}

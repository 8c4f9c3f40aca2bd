package id.go.okikab.civilregistry.repository;

import id.go.okikab.civilregistry.domain.Family;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

  /** The family card a resident is on now, if any. */
  public Optional<Family> currentFamilyOf(UUID residentId) {
    return getEntityManager()
        .createQuery(
            "select m.family from FamilyMember m where m.residentId = ?1 and m.leftAt is null",
            Family.class)
        .setParameter(1, residentId)
        .getResultStream()
        .findFirst();
  }

  /** The family id of a resident's current card, if any (no entity loaded). */
  public Optional<UUID> currentFamilyIdOf(UUID residentId) {
    return getEntityManager()
        .createQuery(
            "select m.family.id from FamilyMember m where m.residentId = ?1 and m.leftAt is null",
            UUID.class)
        .setParameter(1, residentId)
        .getResultStream()
        .findFirst();
  }

  /** Whether a KK number was ever issued or recorded. */
  public boolean kkNumberTaken(String kkNumber) {
    return getEntityManager()
            .createQuery("select count(c) from FamilyCard c where c.kkNumber = ?1", Long.class)
            .setParameter(1, kkNumber)
            .getSingleResult()
        > 0;
  }
}

package id.go.okikab.platform.web.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Changes a thing in its own transaction: a concurrent writer. */
@ApplicationScoped
public class ThingBumper {

  private final EntityManager entityManager;

  public ThingBumper(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void bump(UUID id) {
    entityManager
        .createNativeQuery("UPDATE test_thing SET version = version + 1 WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}

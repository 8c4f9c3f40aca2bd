package id.go.okikab.civilregistry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalInt;

/**
 * Next-free serials, each taken under a row lock that lasts until the caller's transaction ends:
 * concurrent callers for the same series queue up and each gets its own number; a rollback gives
 * the number back.
 */
@ApplicationScoped
public class Serials {

  private final EntityManager entityManager;

  public Serials(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The next NIK serial (1–9999) for a 12-digit prefix (kecamatan + DDMMYY with +40 for girls).
   *
   * @return empty when the prefix's 9,999 serials are used up
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OptionalInt nextNikSerial(String prefix) {
    @SuppressWarnings("unchecked")
    List<Number> next =
        entityManager
            .createNativeQuery(
                "INSERT INTO nik_serial (prefix, last_serial) VALUES (?1, 1)"
                    + " ON CONFLICT (prefix) DO UPDATE SET last_serial = nik_serial.last_serial + 1"
                    + " WHERE nik_serial.last_serial < 9999"
                    + " RETURNING last_serial")
            .setParameter(1, prefix)
            .getResultList();
    return next.isEmpty() ? OptionalInt.empty() : OptionalInt.of(next.get(0).intValue());
  }

  /** The next value of a numbered series (KK numbers, document and move numbers), from 1. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int next(String series) {
    Number next =
        (Number)
            entityManager
                .createNativeQuery(
                    "INSERT INTO serial_counter (series, last_value) VALUES (?1, 1)"
                        + " ON CONFLICT (series) DO UPDATE SET last_value ="
                        + " serial_counter.last_value + 1"
                        + " RETURNING last_value")
                .setParameter(1, series)
                .getSingleResult();
    return next.intValue();
  }
}

package id.go.okikab.tax.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The database sequences of NPWPD serials, billing codes and document numbers. */
@ApplicationScoped
public class Sequences {

  private final EntityManager em;

  public Sequences(EntityManager em) {
    this.em = em;
  }

  public long next(String sequence) {
    if (!sequence.matches("[a-z_]+")) {
      throw new IllegalArgumentException(sequence);
    }
    return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult())
        .longValue();
  }

  /** The Kemendagri desa code a NOP's PBB kecamatan and desa map to, if any. */
  public java.util.Optional<String> desaOfNop(String nopKecamatan, String nopDesa) {
    return em.createNativeQuery(
            "SELECT desa_code FROM nop_region_map WHERE nop_kecamatan = ?1 AND nop_desa = ?2",
            String.class)
        .setParameter(1, nopKecamatan)
        .setParameter(2, nopDesa)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/**
 * The window of a postnatal (KF, the mother) or neonatal (KN, the baby) visit of Permenkes 21/2021
 * closed without a visit recorded. Published once per visit.
 */
public record PostnatalVisitMissed(
    @Doc("the pregnancy whose delivery the visit follows (aggregate id, record key)")
        String pregnancyId,
    @Doc(value = "the child's health record, for a neonatal (KN) visit", optional = true)
        String childId,
    @Doc("the mother's subjectRef") String motherRef,
    @Doc(
            value = "the child's subjectRef, for a KN visit once the birth is registered",
            optional = true)
        String childRef,
    @Doc("which visit: KF1–KF4 (mother) or KN1–KN3 (newborn)") Visit visit,
    @Doc("when the visit's window closed (WIB)") OffsetDateTime windowEnd,
    @Doc("the health facility that attended the delivery or follows the mother")
        String facilityCode,
    @Doc("Kemendagri code of the desa/kelurahan (10 digits)") String desaCode)
    implements PregnancyEvent {

  /** Postnatal (kunjungan nifas) and neonatal (kunjungan neonatal) visits. */
  public enum Visit {
    KF1,
    KF2,
    KF3,
    KF4,
    KN1,
    KN2,
    KN3
  }

  @Override
  public String aggregateId() {
    return pregnancyId;
  }
}

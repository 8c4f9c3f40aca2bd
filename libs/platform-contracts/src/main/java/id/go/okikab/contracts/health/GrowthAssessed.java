package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * A child was measured: the classes of the measurement per Permenkes 2/2020 for the two indices the
 * regency follows (stunting and wasting), never the measurements or the z-scores. Published for
 * every measurement, so the current prevalence can be counted from events.
 */
public record GrowthAssessed(
    @Doc("the child's health record (aggregate id, record key)") String childId,
    @Doc(value = "the child's subjectRef, once the birth is registered", optional = true)
        String childRef,
    @Doc(value = "the mother's subjectRef, when known", optional = true) String motherRef,
    @Doc("date of the measurement (WIB)") LocalDate measuredOn,
    @Doc(
            value =
                "length/height-for-age class; absent when no length was measured or the value was"
                    + " implausible",
            optional = true)
        Stunting stunting,
    @Doc(
            value =
                "weight-for-length/height class; absent when weight or length is missing or"
                    + " implausible",
            optional = true)
        Wasting wasting,
    @Doc("the health facility that measured the child") String facilityCode,
    @Doc("Kemendagri code of the child's desa/kelurahan (10 digits)") String desaCode)
    implements ChildEvent {

  /** PB/U or TB/U classes. */
  public enum Stunting {
    SEVERELY_STUNTED,
    STUNTED,
    NORMAL,
    TALL
  }

  /** BB/PB or BB/TB classes. */
  public enum Wasting {
    SEVERELY_WASTED,
    WASTED,
    NORMAL,
    POSSIBLE_RISK_OF_OVERWEIGHT,
    OVERWEIGHT,
    OBESE
  }

  @Override
  public String aggregateId() {
    return childId;
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * A child's growth measurement put them newly in (or deeper into) stunting or wasting (Permenkes
 * 2/2020). The index and the class only: never the measurements or the z-score.
 */
public record GrowthRiskDetected(
    @Doc("the child's health record (aggregate id, record key)") String childId,
    @Doc(value = "the child's subjectRef, once the birth is registered", optional = true)
        String childRef,
    @Doc(value = "the mother's subjectRef, when known", optional = true) String motherRef,
    @Doc("the index: length/height-for-age (stunting) or weight-for-length/height (wasting)")
        Indicator indicator,
    @Doc("the class reached") RiskClass riskClass,
    @Doc("date of the measurement (WIB)") LocalDate measuredOn,
    @Doc(value = "the health facility that measured the child, when known", optional = true)
        String facilityCode,
    @Doc("Kemendagri code of the child's desa/kelurahan (10 digits)") String desaCode)
    implements ChildEvent {

  /** PB/U or TB/U; BB/PB or BB/TB. */
  public enum Indicator {
    LENGTH_HEIGHT_FOR_AGE,
    WEIGHT_FOR_LENGTH_HEIGHT
  }

  /** pendek, sangat pendek; gizi kurang, gizi buruk. */
  public enum RiskClass {
    STUNTED,
    SEVERELY_STUNTED,
    WASTED,
    SEVERELY_WASTED
  }

  @Override
  public String aggregateId() {
    return childId;
  }
}

package id.go.okikab.contracts.health;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;

/**
 * A pregnancy's KSPR class rose to high (KRT) or very high (KRST) risk. The class only: neither the
 * score nor the risk factors.
 */
public record HighRiskPregnancyFlagged(
    @Doc("the pregnancy (aggregate id, record key)") String pregnancyId,
    @Doc("the mother's subjectRef") String motherRef,
    @Doc("the new KSPR class") RiskClass riskClass,
    @Doc("the health facility following the pregnancy") String facilityCode,
    @Doc("Kemendagri code of the mother's desa/kelurahan (10 digits)") String desaCode,
    @Doc("date the class was reached (WIB)") LocalDate flaggedOn)
    implements PregnancyEvent {

  /** KSPR classes worth a flag: Kehamilan Risiko Tinggi and Risiko Sangat Tinggi. */
  public enum RiskClass {
    KRT,
    KRST
  }

  @Override
  public String aggregateId() {
    return pregnancyId;
  }
}

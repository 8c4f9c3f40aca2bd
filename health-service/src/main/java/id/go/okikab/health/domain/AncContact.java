package id.go.okikab.health.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One antenatal care contact with the measurements of the visit. Clinical values: they stay in this
 * table (no event, no log carries them).
 */
@Entity
@Table(name = "anc_contact")
public class AncContact {

  @Id public UUID id;

  @Column(name = "pregnancy_id")
  public UUID pregnancyId;

  @Column(name = "contact_number")
  public int contactNumber;

  @Column(name = "visit_date")
  public LocalDate visitDate;

  @Column(name = "gestational_days")
  public int gestationalDays;

  public int trimester;

  @Column(name = "with_doctor")
  public boolean withDoctor;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @Column(name = "systolic_mmhg")
  public Integer systolicMmHg;

  @Column(name = "diastolic_mmhg")
  public Integer diastolicMmHg;

  @Column(name = "lila_cm")
  public BigDecimal lilaCm;

  @Column(name = "hb_g_dl")
  public BigDecimal hbGramsPerDecilitre;

  @Column(name = "fundal_height_cm")
  public BigDecimal fundalHeightCm;

  public String notes;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;
}

package id.go.okikab.health.domain;

import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.IndexResult;
import id.go.okikab.health.domain.growth.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A growth measurement of a child with its z-scores and Permenkes 2/2020 classes. */
@Entity
@Table(name = "growth_measurement")
public class GrowthMeasurement {

  @Id public UUID id;

  @Column(name = "child_id")
  public UUID childId;

  @Column(name = "measured_on")
  public LocalDate measuredOn;

  @Column(name = "age_days")
  public int ageDays;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @Column(name = "length_cm")
  public BigDecimal lengthCm;

  @Enumerated(EnumType.STRING)
  public Position position;

  @Column(name = "adjusted_length_cm")
  public BigDecimal adjustedLengthCm;

  @Column(name = "head_circumference_cm")
  public BigDecimal headCircumferenceCm;

  @Column(name = "wfa_z")
  public BigDecimal wfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "wfa_status")
  public IndexResult.Status wfaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "wfa_class")
  public GrowthClass wfaClass;

  @Column(name = "lhfa_z")
  public BigDecimal lhfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "lhfa_status")
  public IndexResult.Status lhfaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "lhfa_class")
  public GrowthClass lhfaClass;

  @Column(name = "wflh_z")
  public BigDecimal wflhZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "wflh_status")
  public IndexResult.Status wflhStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "wflh_class")
  public GrowthClass wflhClass;

  @Column(name = "bmifa_z")
  public BigDecimal bmifaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "bmifa_status")
  public IndexResult.Status bmifaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "bmifa_class")
  public GrowthClass bmifaClass;

  @Column(name = "hcfa_z")
  public BigDecimal hcfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "hcfa_status")
  public IndexResult.Status hcfaStatus;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;
}

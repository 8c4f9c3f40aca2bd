package id.go.okikab.health.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A puskesmas, posyandu, clinic or hospital. Its <b>area</b> is its kecamatan: officers of the
 * facility reach the records of mothers and children living in that kecamatan, and the records
 * registered at the facility itself.
 */
@Entity
@Table(name = "health_facility")
public class HealthFacility {

  @Id public String code;

  public String name;

  @Enumerated(EnumType.STRING)
  public FacilityType type;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "desa_code")
  public String desaCode;

  public boolean active;

  /** Seeded facilities stay unconfirmed until Dinas Kesehatan confirms them. */
  public boolean confirmed;

  @Version public long version;

  /** Whether a record of a person living in {@code kecamatanCode}, or kept here, is in the area. */
  public boolean covers(String recordKecamatanCode, String recordFacilityCode) {
    return kecamatanCode.equals(recordKecamatanCode) || code.equals(recordFacilityCode);
  }
}

package id.go.okikab.health.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.region.OkiDesaCodes;
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

  /**
   * A facility added by an administrator: active and confirmed. Its kecamatan is one of OKI's (the
   * caller checks it against the region reference); an optional desa lies in it.
   *
   * @throws DomainRuleViolation {@code desa-code-invalid}, {@code desa-outside-oki}, {@code
   *     desa-outside-kecamatan} (field {@code desaCode})
   */
  public static HealthFacility add(
      String code, String name, FacilityType type, String kecamatanCode, String desaCode) {
    if (desaCode != null) {
      OkiDesaCodes.require(desaCode, "desaCode");
      if (!OkiDesaCodes.kecamatanOf(desaCode).equals(kecamatanCode)) {
        throw new DomainRuleViolation(
            "desa-outside-kecamatan",
            "The desa/kelurahan is not in the facility's kecamatan.",
            "desaCode");
      }
    }
    HealthFacility f = new HealthFacility();
    f.code = code;
    f.name = name;
    f.type = type;
    f.kecamatanCode = kecamatanCode;
    f.desaCode = desaCode;
    f.active = true;
    f.confirmed = true;
    return f;
  }
}

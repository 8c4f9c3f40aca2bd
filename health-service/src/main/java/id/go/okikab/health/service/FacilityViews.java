package id.go.okikab.health.service;

import id.go.okikab.health.domain.FacilityType;
import id.go.okikab.health.domain.HealthFacility;

/** What the facility use cases answer. */
public final class FacilityViews {

  private FacilityViews() {}

  /** A facility, with its kecamatan's name. */
  public record FacilityView(
      String code,
      String name,
      FacilityType type,
      String kecamatanCode,
      String kecamatanName,
      String desaCode,
      boolean active,
      boolean confirmed) {

    public static FacilityView of(HealthFacility f, String kecamatanName) {
      return new FacilityView(
          f.code,
          f.name,
          f.type,
          f.kecamatanCode,
          kecamatanName,
          f.desaCode,
          f.active,
          f.confirmed);
    }
  }
}

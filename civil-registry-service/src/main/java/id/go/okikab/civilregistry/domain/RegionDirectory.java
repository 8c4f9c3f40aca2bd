package id.go.okikab.civilregistry.domain;

/** What the region reference data knows, for the NIK and KK rules. */
public interface RegionDirectory {

  /** Whether the province (2 digits) exists. */
  boolean provinceKnown(String provinceCode);

  /** Whether the province's regencies are loaded (so an unknown one can be refused). */
  boolean regenciesListed(String provinceCode);

  /** Whether the regency or city (4 digits) exists. */
  boolean regencyKnown(String regencyCode);

  /** Whether the regency's kecamatan are loaded. */
  boolean districtsListed(String regencyCode);

  /** Whether the kecamatan (6 digits) exists. */
  boolean districtKnown(String districtCode);
}

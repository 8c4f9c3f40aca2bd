package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.platform.domain.SiakCode;

/** What answers of every use case share: codes with labels, addresses, warnings. */
public final class CommonViews {

  private CommonViews() {}

  /** A code with its label, e.g. {"code": "4", "label": "Anak"}. */
  public record CodeView(String code, String label) {
    public static CodeView of(SiakCode code) {
      return code == null ? null : new CodeView(Integer.toString(code.code()), code.label());
    }
  }

  /** An address with the names of its desa/kelurahan and kecamatan. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AddressView(
      String desaCode,
      String desaName,
      String kecamatanCode,
      String kecamatanName,
      String rt,
      String rw,
      String street) {}

  /** A warning that came with an accepted request (e.g. a NIK whose kecamatan is unknown). */
  public record WarningView(String code, String field, String message) {}
}

package id.go.okikab.civilregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.okikab.platform.domain.SiakCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Shapes every part of the API shares: codes with labels, addresses, name and code patterns. */
public final class CommonApi {

  private CommonApi() {}

  /** A person's name as Dukcapil writes it: letters, spaces and . , ' - */
  public static final String NAME = "\\p{L}[\\p{L} .,'-]*";

  public static final String NAME_MESSAGE =
      "must start with a letter and hold only letters, spaces and . , ' -";

  /** A SIAK code sent as text, e.g. "4" (domain.md 1.3). */
  public static final String CODE = "\\d{1,2}";

  public static final String CODE_MESSAGE = "must be a numeric code (domain.md 1.3)";

  public static final String NIK = "\\d{16}";

  public static final String NIK_MESSAGE = "must be 16 digits";

  /** A desa/kelurahan code, with or without dots. */
  public static final String DESA = "\\d{10}|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}";

  public static final String DESA_MESSAGE =
      "must be a Kemendagri desa/kelurahan code (10 digits, PP.KK.CC.DDDD)";

  /** A code with its label, e.g. {"code": "4", "label": "Anak"}. */
  public record CodeView(String code, String label) {
    public static CodeView of(SiakCode code) {
      return code == null ? null : new CodeView(Integer.toString(code.code()), code.label());
    }
  }

  /** An address in OKI as sent by a client. */
  public record AddressInput(
      @NotNull @Pattern(regexp = DESA, message = DESA_MESSAGE) String desaCode,
      @Pattern(regexp = "\\d{1,3}", message = "must be 1-3 digits") String rt,
      @Pattern(regexp = "\\d{1,3}", message = "must be 1-3 digits") String rw,
      @Size(max = 200) String street) {}

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

package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Names;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What requests of every use case share: name and code patterns, addresses. */
public final class CommonCommands {

  private CommonCommands() {}

  /** A person's name as Dukcapil writes it: letters, spaces and . , ' - */
  public static final String NAME = Names.PATTERN;

  public static final String NAME_MESSAGE = Names.PATTERN_MESSAGE;

  /** A SIAK code sent as text, e.g. "4" (domain.md 1.3). */
  public static final String CODE = "\\d{1,2}";

  public static final String CODE_MESSAGE = "must be a numeric code (domain.md 1.3)";

  public static final String NIK = "\\d{16}";

  public static final String NIK_MESSAGE = "must be 16 digits";

  /** A desa/kelurahan code, with or without dots. */
  public static final String DESA = "\\d{10}|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}";

  public static final String DESA_MESSAGE =
      "must be a Kemendagri desa/kelurahan code (10 digits, PP.KK.CC.DDDD)";

  /** An address in OKI as sent by a client. */
  public record AddressInput(
      @NotNull @Pattern(regexp = DESA, message = DESA_MESSAGE) String desaCode,
      @Pattern(regexp = "\\d{1,3}", message = "must be 1-3 digits") String rt,
      @Pattern(regexp = "\\d{1,3}", message = "must be 1-3 digits") String rw,
      @Size(max = 200) String street) {}
}

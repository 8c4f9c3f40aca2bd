package id.go.okikab.tax.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ValidationProblem;
import java.util.regex.Pattern;

/**
 * A NOP (nomor objek pajak) of PBB-P2, domain.md §3.5: 18 digits {@code PP.KK.CCC.DDD.BBB-UUUU.J} =
 * province 2, regency 2, PBB's own kecamatan 3 and desa 3 (not Kemendagri codes: mapped by
 * reference data), block 3, serial 4, object-type digit 1. Accepted with or without the dots and
 * the dash; kept as the 18 digits.
 */
public record Nop(String digits) {

  private static final Pattern FORMATTED =
      Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d{3}-\\d{4}\\.\\d");
  private static final Pattern PLAIN = Pattern.compile("\\d{18}");

  /**
   * @throws ValidationProblem (400, field {@code field}) when the text is not 18 digits, plain or
   *     as {@code PP.KK.CCC.DDD.BBB-UUUU.J}, or a part is zero (kecamatan, desa, block, serial)
   * @throws DomainRuleViolation {@code nop-outside-oki} when the province and regency are not 16.02
   */
  public static Nop parse(String text, String field) {
    if (text == null || !(FORMATTED.matcher(text).matches() || PLAIN.matcher(text).matches())) {
      throw new ValidationProblem(
          field, "must be a NOP: 18 digits, PP.KK.CCC.DDD.BBB-UUUU.J or without separators");
    }
    Nop nop = new Nop(text.replaceAll("[.-]", ""));
    if (nop.kecamatan().equals("000")
        || nop.desa().equals("000")
        || nop.block().equals("000")
        || nop.serial().equals("0000")) {
      throw new ValidationProblem(field, "kecamatan, desa, block and serial of a NOP are not 0");
    }
    if (!nop.digits.startsWith("1602")) {
      throw new DomainRuleViolation(
          "nop-outside-oki",
          "The NOP's province and regency must be 16.02 (Kabupaten Ogan Komering Ilir).",
          field);
    }
    return nop;
  }

  public static boolean isWellFormed(String text) {
    return text != null && (FORMATTED.matcher(text).matches() || PLAIN.matcher(text).matches());
  }

  public String province() {
    return digits.substring(0, 2);
  }

  public String regency() {
    return digits.substring(2, 4);
  }

  /** PBB's kecamatan code (3 digits). */
  public String kecamatan() {
    return digits.substring(4, 7);
  }

  /** PBB's desa/kelurahan code (3 digits). */
  public String desa() {
    return digits.substring(7, 10);
  }

  public String block() {
    return digits.substring(10, 13);
  }

  public String serial() {
    return digits.substring(13, 17);
  }

  public String objectType() {
    return digits.substring(17);
  }

  /** {@code PP.KK.CCC.DDD.BBB-UUUU.J}. */
  public String formatted() {
    return province()
        + "."
        + regency()
        + "."
        + kecamatan()
        + "."
        + desa()
        + "."
        + block()
        + "-"
        + serial()
        + "."
        + objectType();
  }

  @Override
  public String toString() {
    return formatted();
  }
}

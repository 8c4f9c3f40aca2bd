package id.go.okikab.platform.domain;

/**
 * A Kemendagri region code, {@code PP.KK.CC.DDDD} (domain.md §7): province (2 digits), regency or
 * city (4), kecamatan (6) or desa/kelurahan (10), written with or without dots. Whether a code
 * exists is reference data (the civil registry's region table), not a property of its digits; this
 * class only reads the structure.
 */
public final class RegionCode {

  /** The level a code's length gives. */
  public enum Level {
    PROVINCE(2),
    REGENCY(4),
    DISTRICT(6),
    VILLAGE(10);

    private final int digits;

    Level(int digits) {
      this.digits = digits;
    }

    public int digits() {
      return digits;
    }
  }

  private final String digits;
  private final Level level;

  private RegionCode(String digits, Level level) {
    this.digits = digits;
    this.level = level;
  }

  /**
   * Reads {@code 16.02.05.2011}, {@code 1602052011}, {@code 16.02} and the like.
   *
   * @throws InvalidIdentifierException {@code region-code-format} when it is not 2, 4, 6 or 10
   *     digits (dots only between the parts)
   */
  public static RegionCode parse(String value) {
    if (value == null
        || !value.matches("\\d{2}(\\.?\\d{2}(\\.?\\d{2}(\\.?\\d{4})?)?)?")
        || value.contains(".") && !value.matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?")) {
      throw new InvalidIdentifierException(
          "region-code-format",
          "a region code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (2, 4, 6 or 10 digits)");
    }
    String digits = value.replace(".", "");
    Level level =
        switch (digits.length()) {
          case 2 -> Level.PROVINCE;
          case 4 -> Level.REGENCY;
          case 6 -> Level.DISTRICT;
          default -> Level.VILLAGE;
        };
    return new RegionCode(digits, level);
  }

  /** Whether {@code value} has the structure of a region code. */
  public static boolean isWellFormed(String value) {
    try {
      parse(value);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** Without dots: {@code 1602052011}. */
  public String digits() {
    return digits;
  }

  /** With dots: {@code 16.02.05.2011}. */
  public String dotted() {
    StringBuilder dotted = new StringBuilder(digits.substring(0, 2));
    if (digits.length() >= 4) {
      dotted.append('.').append(digits, 2, 4);
    }
    if (digits.length() >= 6) {
      dotted.append('.').append(digits, 4, 6);
    }
    if (digits.length() == 10) {
      dotted.append('.').append(digits, 6, 10);
    }
    return dotted.toString();
  }

  public Level level() {
    return level;
  }

  /** The code of the enclosing region at {@code level} (itself when the same level). */
  public RegionCode at(Level level) {
    if (level.digits() > digits.length()) {
      throw new IllegalArgumentException(
          this.level + " " + dotted() + " has no " + level + " part");
    }
    return new RegionCode(digits.substring(0, level.digits()), level);
  }

  /** The enclosing region, or empty for a province. */
  public java.util.Optional<RegionCode> parent() {
    return switch (level) {
      case PROVINCE -> java.util.Optional.empty();
      case REGENCY -> java.util.Optional.of(at(Level.PROVINCE));
      case DISTRICT -> java.util.Optional.of(at(Level.REGENCY));
      case VILLAGE -> java.util.Optional.of(at(Level.DISTRICT));
    };
  }

  /** For a regency code: a city (kota, 71-99) rather than a kabupaten (01-69). */
  public boolean isCity() {
    return level != Level.PROVINCE && Integer.parseInt(digits.substring(2, 4)) >= 71;
  }

  /**
   * For a desa/kelurahan code: a kelurahan (village part starting with 1) rather than a desa (2).
   */
  public boolean isKelurahan() {
    return level == Level.VILLAGE && digits.charAt(6) == '1';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionCode code && code.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return dotted();
  }
}

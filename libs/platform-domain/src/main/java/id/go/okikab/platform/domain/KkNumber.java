package id.go.okikab.platform.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A KK (Kartu Keluarga) number, {@code PPKKCC DDMMYY SSSS} (domain.md §1.2): the region of issue (6
 * digits), the date of data entry or issue (DDMMYY, no +40) and a serial from 0001. Only the
 * length, the digits, the date and the serial are rules; the region part is "not always" a valid
 * kecamatan code, so an unknown region is a warning for the caller, not a rejection.
 */
public final class KkNumber {

  private final String value;
  private final LocalDate issuedOn;

  private KkNumber(String value, LocalDate issuedOn) {
    this.value = value;
    this.issuedOn = issuedOn;
  }

  /**
   * @throws InvalidIdentifierException {@code kk-format}, {@code kk-date-invalid} or {@code
   *     kk-serial-invalid}
   */
  public static KkNumber parse(String value, LocalDate today) {
    if (value == null || !value.matches("\\d{16}")) {
      throw new InvalidIdentifierException("kk-format", "a KK number is exactly 16 digits");
    }
    int day = Integer.parseInt(value.substring(6, 8));
    int month = Integer.parseInt(value.substring(8, 10));
    int year = Integer.parseInt(value.substring(10, 12));
    if (Integer.parseInt(value.substring(12, 16)) == 0) {
      throw new InvalidIdentifierException("kk-serial-invalid", "the serial must not be 0000");
    }
    LocalDate issued = null;
    for (int century : new int[] {2000, 1900}) {
      try {
        LocalDate date = LocalDate.of(century + year, month, day);
        if (!date.isAfter(today)) {
          issued = date;
          break;
        }
      } catch (DateTimeException notADate) {
        // try the other century
      }
    }
    if (issued == null) {
      throw new InvalidIdentifierException(
          "kk-date-invalid", "digits 7-12 must be the real, past date of issue (DDMMYY)");
    }
    return new KkNumber(value, issued);
  }

  public static KkNumber parse(String value) {
    return parse(value, LocalDate.now());
  }

  /** Builds a KK number: region of issue, date of issue, serial. */
  public static KkNumber of(String regionCode, LocalDate issuedOn, int serial) {
    if (regionCode == null || !regionCode.matches("\\d{6}")) {
      throw new InvalidIdentifierException("kk-format", "the region of issue is 6 digits");
    }
    if (serial < 1 || serial > 9999) {
      throw new InvalidIdentifierException("kk-serial-invalid", "the serial is 0001-9999");
    }
    String value =
        regionCode
            + String.format(
                "%02d%02d%02d%04d",
                issuedOn.getDayOfMonth(),
                issuedOn.getMonthValue(),
                issuedOn.getYear() % 100,
                serial);
    return parse(value, issuedOn);
  }

  public String value() {
    return value;
  }

  /** The region of issue, 6 digits (not always a valid kecamatan code). */
  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public int serial() {
    return Integer.parseInt(value.substring(12, 16));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KkNumber kk && kk.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked: a KK number is personal data too. */
  @Override
  public String toString() {
    return "KkNumber[" + value.substring(0, 6) + "********" + value.substring(14) + "]";
  }
}

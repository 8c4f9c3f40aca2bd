package id.go.okikab.platform.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A NIK (Nomor Induk Kependudukan), {@code PPKKCCDDMMYYSSSS}, read by the structural rules of
 * domain.md §1.1: 16 digits; day of birth 01–31 for men and 41–71 for women (+40); month 01–12;
 * day, month and two-digit year forming a real date in the 1900s or 2000s; serial 0001–9999. A NIK
 * has no check digit: a valid structure does not prove that the NIK exists.
 *
 * <p>Whether the province, regency and kecamatan codes exist is reference data (the civil
 * registry's region table): an unknown province or regency is a rejection there, an unknown
 * kecamatan only a warning, because a NIK keeps the kecamatan code of its first registration.
 *
 * <p>The century is ambiguous: {@link #birthDate()} is the latest candidate not after the day the
 * NIK was read; compare with authoritative data using {@link #matchesBirthDate(LocalDate)}.
 *
 * <p>{@link #toString()} masks the NIK (keep NIKs out of logs).
 */
public final class Nik {

  private final String value;
  private final Sex sex;
  private final int day;
  private final int month;
  private final int twoDigitYear;
  private final List<LocalDate> candidates;
  private final LocalDate birthDate;

  private Nik(
      String value,
      Sex sex,
      int day,
      int month,
      int twoDigitYear,
      List<LocalDate> candidates,
      LocalDate birthDate) {
    this.value = value;
    this.sex = sex;
    this.day = day;
    this.month = month;
    this.twoDigitYear = twoDigitYear;
    this.candidates = candidates;
    this.birthDate = birthDate;
  }

  /** Reads a NIK as of today. */
  public static Nik parse(String value) {
    return parse(value, LocalDate.now());
  }

  /**
   * Reads a NIK; {@code today} bounds the century of the birth date.
   *
   * @throws InvalidIdentifierException naming the broken rule: {@code nik-format} (not 16 digits),
   *     {@code nik-day-invalid}, {@code nik-month-invalid}, {@code nik-date-invalid} (no real date,
   *     or only one in the future), {@code nik-serial-invalid} (0000)
   */
  public static Nik parse(String value, LocalDate today) {
    if (value == null || !value.matches("\\d{16}")) {
      throw new InvalidIdentifierException("nik-format", "a NIK is exactly 16 digits");
    }
    int encodedDay = Integer.parseInt(value.substring(6, 8));
    int month = Integer.parseInt(value.substring(8, 10));
    int year = Integer.parseInt(value.substring(10, 12));
    int serial = Integer.parseInt(value.substring(12, 16));
    Sex sex;
    int day;
    if (encodedDay >= 1 && encodedDay <= 31) {
      sex = Sex.MALE;
      day = encodedDay;
    } else if (encodedDay >= 41 && encodedDay <= 71) {
      sex = Sex.FEMALE;
      day = encodedDay - 40;
    } else {
      throw new InvalidIdentifierException(
          "nik-day-invalid",
          "the day of birth (digits 7-8) must be 01-31, or 41-71 for a woman (day + 40)");
    }
    if (month < 1 || month > 12) {
      throw new InvalidIdentifierException(
          "nik-month-invalid", "the month of birth (digits 9-10) must be 01-12");
    }
    if (serial == 0) {
      throw new InvalidIdentifierException(
          "nik-serial-invalid", "the serial number (digits 13-16) must not be 0000");
    }
    List<LocalDate> candidates = new ArrayList<>();
    for (int century : new int[] {1900, 2000}) {
      try {
        LocalDate date = LocalDate.of(century + year, month, day);
        if (!date.isAfter(today)) {
          candidates.add(date);
        }
      } catch (DateTimeException notADate) {
        // e.g. 29 February of a year that is not a leap year
      }
    }
    if (candidates.isEmpty()) {
      throw new InvalidIdentifierException(
          "nik-date-invalid",
          "digits 7-12 do not form a real date of birth in the past (day, month, year)");
    }
    LocalDate latest = candidates.get(candidates.size() - 1);
    return new Nik(value, sex, day, month, year, List.copyOf(candidates), latest);
  }

  /** Whether {@code value} is a structurally valid NIK today. */
  public static boolean isValid(String value) {
    try {
      parse(value);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** The 16 digits. Never log them: use a subjectRef. */
  public String value() {
    return value;
  }

  /** Kemendagri province code, 2 digits ({@code 16} Sumatera Selatan). */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** Kemendagri regency/city code, 4 digits ({@code 1602} OKI). */
  public String regencyCode() {
    return value.substring(0, 4);
  }

  /** Kemendagri kecamatan code at first registration, 6 digits ({@code 160205} Kayu Agung). */
  public String kecamatanCode() {
    return value.substring(0, 6);
  }

  public Sex sex() {
    return sex;
  }

  /** The latest candidate date of birth that is not in the future. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Every century reading that gives a real, past date (one or two). */
  public List<LocalDate> birthDateCandidates() {
    return candidates;
  }

  /** Whether {@code date} has this NIK's day, month and two-digit year. */
  public boolean matchesBirthDate(LocalDate date) {
    return date.getDayOfMonth() == day
        && date.getMonthValue() == month
        && date.getYear() % 100 == twoDigitYear;
  }

  /** The serial among people of the same region and birth date, 1–9999. */
  public int serial() {
    return Integer.parseInt(value.substring(12, 16));
  }

  /**
   * Builds a NIK from its parts (for a newborn: the family's kecamatan, the birth date, the next
   * free serial).
   */
  public static Nik of(String kecamatanCode, LocalDate birthDate, Sex sex, int serial) {
    if (kecamatanCode == null || !kecamatanCode.matches("\\d{6}")) {
      throw new InvalidIdentifierException("nik-region-format", "a kecamatan code is 6 digits");
    }
    if (serial < 1 || serial > 9999) {
      throw new InvalidIdentifierException("nik-serial-invalid", "the serial is 0001-9999");
    }
    int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    String value =
        kecamatanCode
            + String.format(
                "%02d%02d%02d%04d",
                day, birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
    return parse(value, birthDate);
  }

  /** Masked for display: {@code 160205********01} (the convention of domain.md §6). */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  /** The NIK when present and valid, for optional fields. */
  public static Optional<Nik> tryParse(String value) {
    try {
      return Optional.of(parse(value));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Nik nik && nik.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Nik[" + masked() + "]";
  }
}

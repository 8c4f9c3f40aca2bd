package id.go.okikab.health.domain.growth;

import id.go.okikab.platform.domain.Sex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The WHO Child Growth Standards (2006) LMS tables, loaded from the files WHO ships in its {@code
 * anthro} package (resources {@code who-growth/*.txt}, unchanged; their SHA-256 sums are tested).
 * Age-indexed tables have one row per completed day 0–1826; the weight-for-length/height tables one
 * row per 0.1 cm. Immutable and thread-safe once loaded.
 */
public final class GrowthStandards {

  /** Where the tables are on the class path. */
  public static final String RESOURCE_DIR = "who-growth/";

  /** The shipped files (the arm-circumference table is shipped but not used yet). */
  public static final List<String> FILES =
      List.of(
          "lenanthro.txt",
          "weianthro.txt",
          "wflanthro.txt",
          "wfhanthro.txt",
          "bmianthro.txt",
          "hcanthro.txt",
          "acanthro.txt");

  /** The oldest age the tables cover, in completed days (60 months). */
  public static final int MAX_AGE_DAYS = 1826;

  /** Weight-for-length covers 45.0–110.0 cm (recumbent), weight-for-height 65.0–120.0 cm. */
  public static final double WFL_MIN = 45.0;

  public static final double WFL_MAX = 110.0;
  public static final double WFH_MIN = 65.0;
  public static final double WFH_MAX = 120.0;

  private final AgeTable lengthForAge;
  private final AgeTable weightForAge;
  private final AgeTable bmiForAge;
  private final AgeTable headForAge;
  private final LengthTable weightForLength;
  private final LengthTable weightForHeight;

  private GrowthStandards(
      AgeTable lengthForAge,
      AgeTable weightForAge,
      AgeTable bmiForAge,
      AgeTable headForAge,
      LengthTable weightForLength,
      LengthTable weightForHeight) {
    this.lengthForAge = lengthForAge;
    this.weightForAge = weightForAge;
    this.bmiForAge = bmiForAge;
    this.headForAge = headForAge;
    this.weightForLength = weightForLength;
    this.weightForHeight = weightForHeight;
  }

  /** Loads the tables from the class path. */
  public static GrowthStandards load() {
    return new GrowthStandards(
        AgeTable.read("lenanthro.txt"),
        AgeTable.read("weianthro.txt"),
        AgeTable.read("bmianthro.txt"),
        AgeTable.read("hcanthro.txt"),
        LengthTable.read("wflanthro.txt", WFL_MIN, WFL_MAX),
        LengthTable.read("wfhanthro.txt", WFH_MIN, WFH_MAX));
  }

  /** Length-for-age (0–730 days, recumbent) or height-for-age (731–1826 days, standing). */
  public Optional<Lms> lengthForAge(Sex sex, int ageDays) {
    return lengthForAge.at(sex, ageDays);
  }

  public Optional<Lms> weightForAge(Sex sex, int ageDays) {
    return weightForAge.at(sex, ageDays);
  }

  public Optional<Lms> bmiForAge(Sex sex, int ageDays) {
    return bmiForAge.at(sex, ageDays);
  }

  public Optional<Lms> headCircumferenceForAge(Sex sex, int ageDays) {
    return headForAge.at(sex, ageDays);
  }

  /** Weight-for-length (recumbent, 45–110 cm), interpolated between 0.1 cm rows. */
  public Optional<Lms> weightForLength(Sex sex, double lengthCm) {
    return weightForLength.at(sex, lengthCm);
  }

  /** Weight-for-height (standing, 65–120 cm), interpolated between 0.1 cm rows. */
  public Optional<Lms> weightForHeight(Sex sex, double heightCm) {
    return weightForHeight.at(sex, heightCm);
  }

  private static int sexIndex(Sex sex) {
    return sex == Sex.MALE ? 0 : 1;
  }

  /** Rows by sex and completed day. */
  private static final class AgeTable {
    private final Lms[][] rows = new Lms[2][MAX_AGE_DAYS + 1];

    static AgeTable read(String file) {
      AgeTable table = new AgeTable();
      forEachRow(
          file,
          fields -> {
            int sex = Integer.parseInt(fields[0]) - 1;
            int age = Integer.parseInt(fields[1]);
            table.rows[sex][age] = lms(fields);
          });
      for (Lms[] bySex : table.rows) {
        for (int day = 0; day <= MAX_AGE_DAYS; day++) {
          if (bySex[day] == null) {
            throw new IllegalStateException(file + " has no row for day " + day);
          }
        }
      }
      return table;
    }

    Optional<Lms> at(Sex sex, int ageDays) {
      if (ageDays < 0 || ageDays > MAX_AGE_DAYS) {
        return Optional.empty();
      }
      return Optional.of(rows[sexIndex(sex)][ageDays]);
    }
  }

  /** Rows by sex and 0.1 cm step. */
  private static final class LengthTable {
    private final Lms[][] rows;
    private final int firstTenth;
    private final int lastTenth;

    private LengthTable(double min, double max) {
      this.firstTenth = (int) Math.round(min * 10);
      this.lastTenth = (int) Math.round(max * 10);
      this.rows = new Lms[2][lastTenth - firstTenth + 1];
    }

    static LengthTable read(String file, double min, double max) {
      LengthTable table = new LengthTable(min, max);
      forEachRow(
          file,
          fields -> {
            int sex = Integer.parseInt(fields[0]) - 1;
            int tenth = (int) Math.round(Double.parseDouble(fields[1]) * 10);
            table.rows[sex][tenth - table.firstTenth] = lms(fields);
          });
      for (Lms[] bySex : table.rows) {
        for (int i = 0; i < bySex.length; i++) {
          if (bySex[i] == null) {
            throw new IllegalStateException(file + " has no row for " + (table.firstTenth + i));
          }
        }
      }
      return table;
    }

    Optional<Lms> at(Sex sex, double centimetres) {
      // in tenths of a centimetre; a value on the 0.1 cm grid is looked up as it is (no float
      // noise)
      double tenths = centimetres * 10;
      double nearest = Math.rint(tenths);
      if (Math.abs(tenths - nearest) < 1e-6) {
        tenths = nearest;
      }
      if (tenths < firstTenth || tenths > lastTenth) {
        return Optional.empty();
      }
      int low = (int) Math.floor(tenths);
      double fraction = tenths - low;
      Lms[] bySex = rows[sexIndex(sex)];
      Lms row = bySex[low - firstTenth];
      if (fraction == 0) {
        return Optional.of(row);
      }
      return Optional.of(row.towards(bySex[low + 1 - firstTenth], fraction));
    }
  }

  private static Lms lms(String[] fields) {
    return new Lms(
        Double.parseDouble(fields[2]),
        Double.parseDouble(fields[3]),
        Double.parseDouble(fields[4]));
  }

  private static void forEachRow(String file, java.util.function.Consumer<String[]> row) {
    try (InputStream in = open(file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("sex\t")) {
        throw new IllegalStateException(file + " does not start with its header line");
      }
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip(); // CRLF as shipped by WHO
        if (!trimmed.isEmpty()) {
          row.accept(trimmed.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Opens one of the shipped files. */
  public static InputStream open(String file) {
    InputStream in =
        GrowthStandards.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IllegalStateException(RESOURCE_DIR + file + " is not on the class path");
    }
    return in;
  }
}

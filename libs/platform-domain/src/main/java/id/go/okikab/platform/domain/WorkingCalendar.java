package id.go.okikab.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days of Indonesian government offices: Monday to Friday, except national holidays (libur
 * nasional) and collective leave (cuti bersama). The one calendar of the platform's SLAs (permit
 * stages, complaint stages, information requests): "5 working days" means the same everywhere.
 *
 * <p>{@link #indonesia()} is the shipped list ({@code holidays-id.csv}, from the yearly SKB of the
 * three ministers); a service may add days it keeps as its own data ({@link #with}). A year without
 * a published list counts weekends only: {@link #covers(int)} says which years are loaded, so that
 * a service can show that an SLA date is provisional.
 */
public final class WorkingCalendar {

  /** A day offices are closed besides weekends. */
  public record Holiday(LocalDate date, Kind kind, String name, String source) {
    public Holiday {
      if (date == null || kind == null || name == null || name.isBlank()) {
        throw new IllegalArgumentException("a holiday needs a date, a kind and a name");
      }
    }
  }

  /** National holiday or collective leave. */
  public enum Kind {
    HOLIDAY,
    CUTI_BERSAMA
  }

  /**
   * The holidays on a fixed date every year (Keppres 8/2024): they count also in a year whose SKB
   * list is not loaded yet.
   */
  private static final Map<MonthDay, String> FIXED =
      Map.of(
          MonthDay.of(1, 1), "Tahun Baru Masehi",
          MonthDay.of(5, 1), "Hari Buruh Internasional",
          MonthDay.of(6, 1), "Hari Lahir Pancasila",
          MonthDay.of(8, 17), "Proklamasi Kemerdekaan",
          MonthDay.of(12, 25), "Kelahiran Yesus Kristus");

  private static final WorkingCalendar INDONESIA = new WorkingCalendar(load());

  private final Map<LocalDate, Holiday> holidays;
  private final Set<Integer> years;

  private WorkingCalendar(Collection<Holiday> days) {
    Map<LocalDate, Holiday> byDate = new TreeMap<>();
    Set<Integer> covered = new TreeSet<>();
    for (Holiday day : days) {
      byDate.putIfAbsent(day.date(), day);
      covered.add(day.date().getYear());
    }
    this.holidays = Collections.unmodifiableMap(byDate);
    this.years = Collections.unmodifiableSet(covered);
  }

  /** The national calendar shipped with the platform. */
  public static WorkingCalendar indonesia() {
    return INDONESIA;
  }

  /** A calendar of exactly these days (tests, or a service's own table). */
  public static WorkingCalendar of(Collection<Holiday> days) {
    return new WorkingCalendar(days);
  }

  /** This calendar with more days off (a year loaded later, a regional holiday). */
  public WorkingCalendar with(Collection<Holiday> more) {
    List<Holiday> all = new ArrayList<>(holidays.values());
    all.addAll(more);
    return new WorkingCalendar(all);
  }

  /** Whether the year's holidays are loaded (else only weekends count). */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** The holiday on {@code date}: from the lists, or a fixed-date one in a year not loaded. */
  public Optional<Holiday> holiday(LocalDate date) {
    Holiday listed = holidays.get(date);
    if (listed != null) {
      return Optional.of(listed);
    }
    String fixed = covers(date.getYear()) ? null : FIXED.get(MonthDay.from(date));
    return fixed == null
        ? Optional.empty()
        : Optional.of(new Holiday(date, Kind.HOLIDAY, fixed, "Keppres 8/2024 (fixed date)"));
  }

  public Collection<Holiday> holidays() {
    return holidays.values();
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
  }

  /**
   * The day on which {@code workingDays} working days have passed after {@code start}: the start
   * day itself does not count (a file received on Monday with an SLA of 1 working day is due on
   * Tuesday). Zero gives {@code start}.
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must be 0 or more");
    }
    LocalDate day = start;
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after
   * {@code from}): how much of an SLA an interval used.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static List<Holiday> load() {
    String resource = "holidays-id.csv";
    List<Holiday> days = new ArrayList<>();
    try (InputStream in = WorkingCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(",", 4);
        days.add(
            new Holiday(
                LocalDate.parse(fields[0]),
                Kind.valueOf(fields[1]),
                fields[2],
                fields.length > 3 ? fields[3] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return days;
  }
}

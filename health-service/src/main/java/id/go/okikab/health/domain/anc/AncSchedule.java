package id.go.okikab.health.domain.anc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The minimum-contact schedule of Permenkes 21/2021 (domain.md §2.1): two contacts in trimester 1
 * (K1 with a doctor), one in trimester 2, three in trimester 3 (K5 with a doctor). Each slot's
 * window is its trimester: TM1 HPHT .. HPHT+90 d, TM2 +91 .. +174 d, TM3 +175 d .. HPL (HPHT+280).
 * Recorded contacts fill the slots of their trimester in visit order.
 *
 * <p>Status of a slot on a date: {@code DONE}; {@code UPCOMING} before its window; {@code DUE} in
 * it; after it {@code MISSED} (TM1 and TM2 cannot be made up, nor anything once the pregnancy
 * ended) or {@code OVERDUE} (TM3 past HPL while the pregnancy goes on); {@code NOT_REACHED} when
 * the pregnancy ended before the window opened.
 */
public final class AncSchedule {

  /** A slot's state. */
  public enum Status {
    DONE,
    UPCOMING,
    DUE,
    OVERDUE,
    MISSED,
    NOT_REACHED
  }

  /** A recorded contact, as the schedule needs it. */
  public record Contact(int contactNumber, LocalDate visitDate, boolean withDoctor) {}

  /**
   * One minimum contact.
   *
   * @param slot K1..K6
   * @param doctorRequired K1 and K5
   * @param contactNumber the recorded contact that fulfils the slot, if any
   */
  public record Slot(
      String slot,
      int trimester,
      LocalDate windowStart,
      LocalDate windowEnd,
      boolean doctorRequired,
      Status status,
      Integer contactNumber,
      LocalDate visitDate,
      Boolean withDoctor) {}

  private static final int[] SLOT_TRIMESTER = {1, 1, 2, 3, 3, 3};

  private AncSchedule() {}

  /**
   * @param endedOn the day the pregnancy ended (delivery, closure), or null while it goes on
   */
  public static List<Slot> of(
      LocalDate hpht, List<Contact> contacts, LocalDate today, LocalDate endedOn) {
    List<List<Contact>> byTrimester =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    contacts.stream()
        .sorted(
            java.util.Comparator.comparing(Contact::visitDate)
                .thenComparing(Contact::contactNumber))
        .forEach(c -> byTrimester.get(Gestation.trimester(hpht, c.visitDate()) - 1).add(c));
    int[] used = new int[3];
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < SLOT_TRIMESTER.length; i++) {
      int trimester = SLOT_TRIMESTER[i];
      LocalDate start = windowStart(hpht, trimester);
      LocalDate end = windowEnd(hpht, trimester);
      boolean doctorRequired = i == 0 || i == 4;
      List<Contact> inTrimester = byTrimester.get(trimester - 1);
      String name = "K" + (i + 1);
      if (used[trimester - 1] < inTrimester.size()) {
        Contact c = inTrimester.get(used[trimester - 1]++);
        slots.add(
            new Slot(
                name,
                trimester,
                start,
                end,
                doctorRequired,
                Status.DONE,
                c.contactNumber(),
                c.visitDate(),
                c.withDoctor()));
        continue;
      }
      slots.add(
          new Slot(
              name,
              trimester,
              start,
              end,
              doctorRequired,
              status(trimester, start, end, today, endedOn),
              null,
              null,
              null));
    }
    return slots;
  }

  /** The first slot still to be done (due or overdue first, then upcoming). */
  public static Optional<Slot> next(List<Slot> slots) {
    return slots.stream()
        .filter(s -> s.status() == Status.DUE || s.status() == Status.OVERDUE)
        .findFirst()
        .or(() -> slots.stream().filter(s -> s.status() == Status.UPCOMING).findFirst());
  }

  static LocalDate windowStart(LocalDate hpht, int trimester) {
    return switch (trimester) {
      case 1 -> hpht;
      case 2 -> hpht.plusDays(Gestation.TM1_LAST_DAY + 1);
      default -> hpht.plusDays(Gestation.TM2_LAST_DAY + 1);
    };
  }

  static LocalDate windowEnd(LocalDate hpht, int trimester) {
    return switch (trimester) {
      case 1 -> hpht.plusDays(Gestation.TM1_LAST_DAY);
      case 2 -> hpht.plusDays(Gestation.TM2_LAST_DAY);
      default -> Gestation.dueDate(hpht);
    };
  }

  private static Status status(
      int trimester, LocalDate start, LocalDate end, LocalDate today, LocalDate endedOn) {
    if (endedOn != null) {
      return endedOn.isBefore(start) ? Status.NOT_REACHED : Status.MISSED;
    }
    if (today.isBefore(start)) {
      return Status.UPCOMING;
    }
    if (!today.isAfter(end)) {
      return Status.DUE;
    }
    return trimester == 3 ? Status.OVERDUE : Status.MISSED;
  }
}

package id.go.okikab.health.domain.anc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gestational age, trimester and HPL from HPHT (domain.md §2.1), and the K1-K6 schedule. */
class GestationTest {

  private static final LocalDate HPHT = LocalDate.of(2025, 1, 1);

  @Test
  void dueDateIsHphtPlus280Days() {
    assertThat(Gestation.dueDate(HPHT)).isEqualTo(LocalDate.of(2025, 10, 8));
    assertThat(Gestation.dueDate(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 12, 5));
  }

  @Test
  void weeksAreCompletedWeeksAndTrimestersFollowThem() {
    assertThat(Gestation.weeks(HPHT, HPHT)).isZero();
    assertThat(Gestation.weeks(HPHT, HPHT.plusDays(6))).isZero();
    assertThat(Gestation.weeks(HPHT, HPHT.plusDays(7))).isEqualTo(1);
    assertThat(Gestation.trimester(HPHT, HPHT)).isEqualTo(1);
    assertThat(Gestation.trimester(HPHT, HPHT.plusDays(90))).isEqualTo(1); // 12 w 6 d
    assertThat(Gestation.trimester(HPHT, HPHT.plusDays(91))).isEqualTo(2); // 13 w
    assertThat(Gestation.trimester(HPHT, HPHT.plusDays(174))).isEqualTo(2); // 24 w 6 d
    assertThat(Gestation.trimester(HPHT, HPHT.plusDays(175))).isEqualTo(3); // 25 w
    assertThat(Gestation.trimester(HPHT, HPHT.plusDays(280))).isEqualTo(3);
  }

  @Test
  void scheduleWindowsAreTheTrimesters() {
    List<AncSchedule.Slot> slots = AncSchedule.of(HPHT, List.of(), HPHT, null);
    assertThat(slots)
        .extracting(AncSchedule.Slot::slot)
        .containsExactly("K1", "K2", "K3", "K4", "K5", "K6");
    assertThat(slots).extracting(AncSchedule.Slot::trimester).containsExactly(1, 1, 2, 3, 3, 3);
    assertThat(slots.get(0).windowStart()).isEqualTo(HPHT);
    assertThat(slots.get(0).windowEnd()).isEqualTo(LocalDate.of(2025, 4, 1)); // +90
    assertThat(slots.get(2).windowStart()).isEqualTo(LocalDate.of(2025, 4, 2)); // +91
    assertThat(slots.get(2).windowEnd()).isEqualTo(LocalDate.of(2025, 6, 24)); // +174
    assertThat(slots.get(3).windowStart()).isEqualTo(LocalDate.of(2025, 6, 25)); // +175
    assertThat(slots.get(5).windowEnd()).isEqualTo(LocalDate.of(2025, 10, 8)); // HPL
    assertThat(slots)
        .extracting(AncSchedule.Slot::doctorRequired)
        .containsExactly(true, false, false, false, true, false);
  }

  @Test
  void statusOnADate() {
    var k1 = new AncSchedule.Contact(1, HPHT.plusDays(50), true);
    // day 100 (TM2): one TM1 contact → K1 done, K2 missed (TM1 closed), K3 due, TM3 upcoming
    List<AncSchedule.Slot> slots = AncSchedule.of(HPHT, List.of(k1), HPHT.plusDays(100), null);
    assertThat(slots)
        .extracting(AncSchedule.Slot::status)
        .containsExactly(
            AncSchedule.Status.DONE,
            AncSchedule.Status.MISSED,
            AncSchedule.Status.DUE,
            AncSchedule.Status.UPCOMING,
            AncSchedule.Status.UPCOMING,
            AncSchedule.Status.UPCOMING);
    assertThat(slots.get(0).contactNumber()).isEqualTo(1);
    assertThat(AncSchedule.next(slots)).map(AncSchedule.Slot::slot).contains("K3");
  }

  @Test
  void pastTheDueDateTheThirdTrimesterContactsAreOverdueUntilDelivery() {
    List<AncSchedule.Slot> ongoing = AncSchedule.of(HPHT, List.of(), HPHT.plusDays(285), null);
    assertThat(ongoing.get(5).status()).isEqualTo(AncSchedule.Status.OVERDUE);
    List<AncSchedule.Slot> delivered =
        AncSchedule.of(HPHT, List.of(), HPHT.plusDays(300), HPHT.plusDays(285));
    assertThat(delivered.get(5).status()).isEqualTo(AncSchedule.Status.MISSED);
    List<AncSchedule.Slot> early =
        AncSchedule.of(HPHT, List.of(), HPHT.plusDays(300), HPHT.plusDays(150));
    assertThat(early.get(3).status()).isEqualTo(AncSchedule.Status.NOT_REACHED);
  }

  @Test
  void aLateFirstContactFillsItsOwnTrimester() {
    var late = new AncSchedule.Contact(1, HPHT.plusDays(120), false);
    List<AncSchedule.Slot> slots = AncSchedule.of(HPHT, List.of(late), HPHT.plusDays(121), null);
    assertThat(slots.get(0).status()).isEqualTo(AncSchedule.Status.MISSED);
    assertThat(slots.get(2).status()).isEqualTo(AncSchedule.Status.DONE);
    assertThat(slots.get(2).contactNumber()).isEqualTo(1);
  }
}

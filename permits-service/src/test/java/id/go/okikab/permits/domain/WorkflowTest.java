package id.go.okikab.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.permits.PermitApplicationReturned;
import id.go.okikab.contracts.permits.PermitApplicationSubmitted;
import id.go.okikab.contracts.permits.PermitApproved;
import id.go.okikab.contracts.permits.PermitSlaBreached;
import id.go.okikab.platform.domain.WorkingCalendar;
import id.go.okikab.platform.web.problem.ConflictProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every legal and illegal step of domain.md §4.3, and the SLA clock through the workflow. */
class WorkflowTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
  private static final LocalDate MON = LocalDate.of(2026, 11, 2);

  private static final Map<ApplicationAction, Map<ApplicationStatus, ApplicationStatus>> LEGAL =
      Map.of(
          ApplicationAction.SUBMIT, Map.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED),
          ApplicationAction.MARK_COMPLETE,
              Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.TECHNICAL_VERIFICATION),
          ApplicationAction.MARK_INCOMPLETE,
              Map.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE),
          ApplicationAction.RESUBMIT,
              Map.of(
                  ApplicationStatus.INCOMPLETE, ApplicationStatus.SUBMITTED,
                  ApplicationStatus.REVISION_REQUESTED, ApplicationStatus.RESUBMITTED),
          ApplicationAction.REQUEST_REVISION,
              Map.of(
                  ApplicationStatus.TECHNICAL_VERIFICATION, ApplicationStatus.REVISION_REQUESTED,
                  ApplicationStatus.RESUBMITTED, ApplicationStatus.REVISION_REQUESTED),
          ApplicationAction.APPROVE,
              Map.of(
                  ApplicationStatus.TECHNICAL_VERIFICATION, ApplicationStatus.APPROVED_TECHNICAL,
                  ApplicationStatus.RESUBMITTED, ApplicationStatus.APPROVED_TECHNICAL),
          ApplicationAction.REJECT,
              Map.of(
                  ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED,
                  ApplicationStatus.TECHNICAL_VERIFICATION, ApplicationStatus.REJECTED,
                  ApplicationStatus.RESUBMITTED, ApplicationStatus.REJECTED),
          ApplicationAction.ASSESS_FEE,
              Map.of(ApplicationStatus.APPROVED_TECHNICAL, ApplicationStatus.FEE_ASSESSED),
          ApplicationAction.RECORD_PAYMENT,
              Map.of(ApplicationStatus.FEE_ASSESSED, ApplicationStatus.FEE_PAID),
          ApplicationAction.ISSUE, Map.of(ApplicationStatus.FEE_PAID, ApplicationStatus.ISSUED));

  private static PermitApplication in(ApplicationStatus status) {
    PermitApplication a = application();
    a.status = status;
    a.slaRunningSince = status.awaitingDecision() ? MON : null;
    return a;
  }

  private static PermitApplication application() {
    PermitType type = new PermitType();
    type.code = "PBG";
    type.slaWorkingDays = 10;
    return PermitApplication.draft(
        type, "a".repeat(64), null, "Siti", List.of(), null, null, null, null, at(MON));
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
  }

  @Test
  void everyStepIsLegalExactlyWhereTheStateMachineSays() {
    for (ApplicationAction action : ApplicationAction.values()) {
      for (ApplicationStatus from : ApplicationStatus.values()) {
        ApplicationStatus expected = LEGAL.get(action).get(from);
        PermitApplication a = in(from);
        if (expected == null) {
          assertThatThrownBy(() -> a.apply(action, at(MON), MON, CALENDAR))
              .as(action + " from " + from)
              .isInstanceOf(ConflictProblem.class)
              .hasMessageContaining(from.name());
          assertThat(a.status).isEqualTo(from);
        } else {
          a.apply(action, at(MON), MON, CALENDAR);
          assertThat(a.status).as(action + " from " + from).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void issuedAndRejectedAreTerminal() {
    Set<ApplicationStatus> terminal =
        EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REJECTED);
    for (ApplicationStatus t : terminal) {
      for (ApplicationAction action : ApplicationAction.values()) {
        assertThat(action.from(t)).as(action + " from " + t).isEmpty();
      }
    }
  }

  @Test
  void theClockRunsAtTheOfficeAndPausesWithTheApplicant() {
    PermitApplication a = application();
    var submitted = a.apply(ApplicationAction.SUBMIT, at(MON), MON, CALENDAR);
    assertThat(submitted).get().isInstanceOf(PermitApplicationSubmitted.class);
    assertThat(a.slaDueOn).isEqualTo(CALENDAR.addWorkingDays(MON, 10));
    // Thursday: returned as incomplete after 3 working days
    var returned =
        a.apply(ApplicationAction.MARK_INCOMPLETE, at(MON.plusDays(3)), MON.plusDays(3), CALENDAR);
    assertThat(returned).get().isInstanceOf(PermitApplicationReturned.class);
    assertThat(a.slaUsed).isEqualTo(3);
    assertThat(a.slaDueOn).isNull();
    assertThat(a.remainingWorkingDays(CALENDAR, MON.plusDays(10))).isEqualTo(7);
    // back on the Monday two weeks later; complete; approved on the Wednesday: 3 + 2 = 5 days
    LocalDate back = MON.plusDays(14);
    a.apply(ApplicationAction.RESUBMIT, at(back), back, CALENDAR);
    assertThat(a.slaDueOn).isEqualTo(CALENDAR.addWorkingDays(back, 7));
    a.apply(ApplicationAction.MARK_COMPLETE, at(back), back, CALENDAR);
    var approved =
        a.apply(ApplicationAction.APPROVE, at(back.plusDays(2)), back.plusDays(2), CALENDAR);
    assertThat(approved)
        .get()
        .isInstanceOfSatisfying(
            PermitApproved.class,
            e -> {
              assertThat(e.workingDays()).isEqualTo(5);
              assertThat(e.withinSla()).isTrue();
            });
    assertThat(a.slaDueOn).isNull();
    assertThat(a.remainingWorkingDays(CALENDAR, back.plusDays(30))).isNull();
  }

  @Test
  void aBreachIsReportedOnceAndAnOssPermitIsDeemedApproved() {
    PermitType oss = new PermitType();
    oss.code = "PB_UMKU_RESTORAN";
    oss.slaWorkingDays = 2;
    oss.oss = true;
    PermitApplication a =
        PermitApplication.draft(
            oss,
            "b".repeat(64),
            "1234567890123",
            "Warung",
            List.of("56101"),
            "MIKRO",
            null,
            null,
            null,
            at(MON));
    a.apply(ApplicationAction.SUBMIT, at(MON), MON, CALENDAR);
    assertThat(a.checkSla(oss, at(MON.plusDays(2)), MON.plusDays(2), CALENDAR)).isEmpty();
    var breach = a.checkSla(oss, at(MON.plusDays(3)), MON.plusDays(3), CALENDAR);
    assertThat(breach).get().extracting(PermitSlaBreached::deemedApproved).isEqualTo(true);
    assertThat(breach.get().stage()).isEqualTo("COMPLETENESS_CHECK");
    assertThat(breach.get().subjectRef()).isNull();
    assertThat(breach.get().nib()).isEqualTo("1234567890123");
    assertThat(a.deemedApproved).isTrue();
    assertThat(a.checkSla(oss, at(MON.plusDays(4)), MON.plusDays(4), CALENDAR)).isEmpty();
  }
}

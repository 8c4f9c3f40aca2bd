package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.anonymous;
import static id.go.okikab.systemtests.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.okikab.devstack.demo.DemoDataLoader;
import id.go.okikab.devstack.demo.DemoJourney;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryJourney;
import id.go.okikab.devstack.demo.health.HealthJourney;
import id.go.okikab.platform.domain.Nik;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./oki demo} on the platform started as {@code ./oki up} starts it: the demo data loaded
 * through the APIs (as on a first start), then the cross-agency journey — pregnancy, ANC, delivery,
 * the registry's declaration from {@code health.BirthReported}, registration with a NIK and an
 * akta, the child linked in health, the citizen's overview and timeline, the dashboard and the live
 * feed. The journey fails (DemoFailure) at the first step that does not do what it says; this test
 * then checks its results once more from outside, and runs it a second time, as a user repeating
 * {@code ./oki demo} would.
 */
@ExtendWith(RunningPlatform.class)
@Order(1)
class DemoJourneyTest {

  private static final Logger LOG = Logger.getLogger(DemoJourneyTest.class);

  @Test
  void theDemoDataLoadsAndTheJourneyRunsTwice() {
    DemoDataLoader.Summary summary =
        DemoDataLoader.load(RunningPlatform.stack(), part -> LOG.infof("demo data: %s", part));
    LOG.infof("demo data: %s", summary.describe());
    assertThat(summary.created()).isGreaterThan(1000);
    assertThat(DemoDataLoader.loaded(RunningPlatform.stack())).isTrue();

    List<String> printed = new ArrayList<>();
    DemoJourney.Result first = DemoJourney.run(RunningPlatform.stack(), printed::add);
    printed.forEach(line -> LOG.info(line));
    assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("The journey is complete"));

    String childNik = first.get(CivilRegistryJourney.CHILD_NIK);
    String childId = first.get(HealthJourney.CHILD_ID);
    Nik nik = Nik.parse(childNik);
    assertThat(nik.value()).startsWith("160205");
    // the akta is verifiable by anyone, with the name masked and no NIK
    anonymous()
        .get("/api/v1/verifications/" + first.get(CivilRegistryJourney.CERTIFICATE_CODE))
        .then()
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body(not(org.hamcrest.Matchers.containsString(childNik)));
    // the mother sees the child; another citizen does not
    as("warga1")
        .get("/api/v1/me/overview")
        .then()
        .statusCode(200)
        .body("sections.children.data.items.id", hasItem(childId));
    as("warga2")
        .get("/api/v1/children/" + childId)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(403, 404));

    DemoJourney.Result second = DemoJourney.run(RunningPlatform.stack(), line -> {});
    assertThat(second.get(CivilRegistryJourney.CHILD_NIK)).isNotEqualTo(childNik);
    assertThat(second.get(HealthJourney.CHILD_ID)).isNotEqualTo(childId);
  }
}

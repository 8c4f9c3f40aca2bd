package id.go.okikab.devstack.demo.gateway;

import static id.go.okikab.devstack.demo.Journey.ASYNC;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.devstack.demo.Api;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.Journey;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.LiveFeed;
import id.go.okikab.devstack.demo.World;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryJourney;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryJourney.Mother;
import id.go.okikab.devstack.demo.health.HealthJourney;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The journey's end, in the gateway's read models: {@code warga1} sees her records, the new child
 * among them, in {@code /me/overview} and {@code /me/timeline}; the operator {@code kominfo1} sees
 * the birth in the regency dashboard and the live feed (opened, and the dashboard's births counted,
 * before the journey's birth).
 */
final class GatewayJourney {

  static final String OPERATOR = "kominfo1";
  static final String KECAMATAN = "160205";

  private static final World.Key<LiveFeed> FEED = World.key(GatewayDemo.NAME, "live feed");
  private static final World.Key<String> MONTH = World.key(GatewayDemo.NAME, "month of the birth");
  private static final World.Key<Long> BIRTHS_BEFORE =
      World.key(GatewayDemo.NAME, "births in the dashboard before");

  static List<JourneyStep> steps() {
    return List.of(
        JourneyStep.preparation(120, j -> new GatewayJourney(j).watchTheBirth()),
        JourneyStep.step(
            500,
            "warga1 sees it in /me/overview and /me/timeline",
            j -> new GatewayJourney(j).citizen()),
        JourneyStep.step(
            510,
            "kominfo1 sees the birth in the dashboard and the live feed",
            j -> new GatewayJourney(j).operator()));
  }

  private final Journey journey;
  private final Api api;
  private final World world;

  private GatewayJourney(Journey journey) {
    this.journey = journey;
    this.api = journey.api();
    this.world = journey.world();
  }

  private void say(String line) {
    journey.say(line);
  }

  /** The live feed, opened before the birth it should show; the dashboard's births before it. */
  private void watchTheBirth() {
    String month = world.get(HealthJourney.BORN_AT).toLocalDate().toString().substring(0, 7);
    world.put(MONTH, month);
    world.put(
        FEED,
        journey.openUntilTheEnd(new LiveFeed(api, OPERATOR, "?topic=civil-registry.birth.v1")));
    world.put(BIRTHS_BEFORE, births(month));
  }

  private void citizen() {
    Mother mother = world.get(CivilRegistryJourney.MOTHER);
    String pregnancyId = world.get(HealthJourney.PREGNANCY_ID);
    String childId = world.get(HealthJourney.CHILD_ID);
    String registrationId = world.get(CivilRegistryJourney.REGISTRATION_ID);
    JsonNode registered = world.get(CivilRegistryJourney.REGISTERED);
    JsonNode overview =
        api.get(CivilRegistryJourney.CITIZEN, "/api/v1/me/overview").expect(200).json();
    JsonNode sections = overview.path("sections");
    require(
        sections.path("civil-record").path("data").path("id").asText().equals(mother.residentId()),
        "the overview's civil record is warga1's",
        overview);
    boolean onCard = false;
    for (JsonNode m : sections.path("family-card").path("data").path("members")) {
      onCard |= m.path("residentId").asText().equals(registered.path("childResidentId").asText());
    }
    require(onCard, "the overview's family card shows the new child", overview);
    boolean pregnancy = false;
    for (JsonNode p : sections.path("pregnancies").path("data").path("items")) {
      pregnancy |=
          p.path("id").asText().equals(pregnancyId)
              && p.path("status").asText().equals("DELIVERED");
    }
    require(pregnancy, "the overview shows the delivered pregnancy", overview);
    boolean child = false;
    for (JsonNode c : sections.path("children").path("data").path("items")) {
      child |= c.path("id").asText().equals(childId);
    }
    require(child, "the overview shows the child's health record", overview);
    say(
        "overview (complete="
            + overview.path("complete").asBoolean()
            + "): civil record "
            + sections.path("civil-record").path("data").path("fullName").asText()
            + "; family card "
            + sections.path("family-card").path("data").path("kkNumber").asText()
            + " with "
            + sections.path("family-card").path("data").path("members").size()
            + " members; "
            + sections.path("pregnancies").path("data").path("items").size()
            + " pregnancies; "
            + sections.path("children").path("data").path("items").size()
            + " children's health records");

    Instant deadline = Instant.now().plus(ASYNC);
    while (true) {
      JsonNode timeline =
          api.get(CivilRegistryJourney.CITIZEN, "/api/v1/me/timeline?size=12").expect(200).json();
      boolean birth = false;
      for (JsonNode item : timeline.path("items")) {
        birth |=
            item.path("event").asText().equals("BirthRegistered")
                && item.path("aggregateId").asText().equals(registrationId);
      }
      if (birth) {
        say("timeline (" + timeline.path("totalItems").asLong() + " entries; newest first):");
        for (JsonNode item : timeline.path("items")) {
          say(
              "  "
                  + item.path("occurredAt").asText()
                  + "  "
                  + item.path("title").asText()
                  + "  ["
                  + item.path("event").asText()
                  + ", "
                  + item.path("role").asText()
                  + "]");
        }
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DemoFailure(
            "warga1's timeline did not show BirthRegistered of "
                + registrationId
                + " within "
                + ASYNC.toSeconds()
                + " s (the gateway's read models: ./oki logs gateway)");
      }
      Api.pause(Duration.ofMillis(500));
    }
  }

  private void operator() {
    LiveFeed feed = world.get(FEED);
    String month = world.get(MONTH);
    long before = world.get(BIRTHS_BEFORE);
    String registrationId = world.get(CivilRegistryJourney.REGISTRATION_ID);
    Instant deadline = Instant.now().plus(ASYNC);
    long now = births(month);
    while (now < before + 1) {
      if (Instant.now().isAfter(deadline)) {
        throw new DemoFailure(
            "the dashboard's births in Kayu Agung for "
                + month
                + " stayed at "
                + now
                + " (expected at least "
                + (before + 1)
                + ") for "
                + ASYNC.toSeconds()
                + " s");
      }
      Api.pause(Duration.ofMillis(500));
      now = births(month);
    }
    JsonNode dashboard = dashboard(month);
    say(
        "dashboard, Kayu Agung, "
            + month
            + ": births "
            + now
            + " (was "
            + before
            + "), live births reported by health "
            + dashboard.path("metrics").path("live-births").path("total").asLong()
            + ", pregnancies registered "
            + dashboard.path("metrics").path("pregnancies").path("total").asLong()
            + ", ANC K1 "
            + dashboard.path("metrics").path("anc-k1").path("total").asLong());
    int status = feed.awaitOpen(Duration.ofSeconds(10));
    if (status != 200) {
      throw new DemoFailure("the live feed answered kominfo1 with " + status);
    }
    JsonNode event =
        feed.await(
            e ->
                e.path("event").asText().equals("BirthRegistered")
                    && e.path("subject").asText().equals(registrationId),
            ASYNC,
            "BirthRegistered of " + registrationId);
    say(
        "live feed (SSE, as kominfo1): "
            + event.path("event").asText()
            + " subject="
            + event.path("subject").asText()
            + " topic="
            + event.path("topic").asText()
            + " time="
            + event.path("time").asText());
  }

  private long births(String month) {
    return dashboard(month).path("metrics").path("births").path("total").asLong(0);
  }

  private JsonNode dashboard(String month) {
    return api.get(
            OPERATOR,
            "/api/v1/dashboard?from=" + month + "&to=" + month + "&kecamatan=" + KECAMATAN)
        .expect(200)
        .json();
  }

  private static void require(boolean condition, String what, JsonNode seen) {
    if (!condition) {
      throw new DemoFailure("expected: " + what + "\nseen: " + seen);
    }
  }
}

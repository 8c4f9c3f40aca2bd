package id.go.okikab.devstack.demo.gateway;

import id.go.okikab.devstack.demo.DemoContext;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryDemo;
import id.go.okikab.devstack.demo.health.HealthDemo;
import java.util.List;
import java.util.Set;

/**
 * The gateway's part of the demo: no data of its own (its read models follow the services' events),
 * and the journey's end in its read models ({@link GatewayJourney}).
 */
public final class GatewayDemo implements DemoContext {

  public static final String NAME = "gateway";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> dependsOn() {
    return Set.of(CivilRegistryDemo.NAME, HealthDemo.NAME);
  }

  @Override
  public List<JourneyStep> journey() {
    return GatewayJourney.steps();
  }
}

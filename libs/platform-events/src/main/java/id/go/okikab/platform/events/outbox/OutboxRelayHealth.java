package id.go.okikab.platform.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the relay's workers are running. A broker outage is not a liveness failure (the relay
 * retries and nothing is lost); it is reported as data and by Kafka's readiness check.
 */
@Liveness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

  private final OutboxRelay relay;

  OutboxRelayHealth(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("outbox-relay")
        .status(relay.isAlive())
        .withData("publishing", !relay.isFailing())
        .build();
  }
}

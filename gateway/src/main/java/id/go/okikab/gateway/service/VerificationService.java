package id.go.okikab.gateway.service;

import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.proxy.BackendCalls;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public verification of issued documents: a code goes to the service whose prefix it carries, or,
 * without a known prefix, to every service that verifies documents at once; the one that knows it
 * answers (type, number, status, dates, masked name — what each service chose to disclose).
 */
@ApplicationScoped
public class VerificationService {

  /** The outcome: the issuing service's answer, or not found, or (some) verifiers unavailable. */
  public record Outcome(Optional<BackendCalls.Reply> found, List<String> unavailable) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final GatewayConfig config;
  private final BackendCalls calls;

  VerificationService(GatewayConfig config, BackendCalls calls) {
    this.config = config;
    this.calls = calls;
  }

  /** Verifies {@code code} for {@code caller} (its key as the circuit breakers count callers). */
  public Uni<Outcome> verify(String code, String caller) {
    Map<String, GatewayConfig.Service> verifiers = new LinkedHashMap<>();
    config
        .services()
        .forEach(
            (name, service) -> {
              if (service.verificationPath().isPresent()) {
                verifiers.put(name, service);
              }
            });
    Map<String, GatewayConfig.Service> direct = new LinkedHashMap<>();
    verifiers.forEach(
        (name, service) -> {
          if (service.verificationPrefix().map(code::startsWith).orElse(false)) {
            direct.put(name, service);
          }
        });
    Map<String, GatewayConfig.Service> asked = direct.isEmpty() ? verifiers : direct;
    if (asked.isEmpty()) {
      return Uni.createFrom().item(new Outcome(Optional.empty(), List.of()));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    RequestIds.current().ifPresent(id -> headers.put(RequestIds.HEADER, id));
    List<Uni<BackendCalls.Reply>> replies = new ArrayList<>();
    asked.forEach(
        (name, service) ->
            replies.add(
                calls.get(
                    name,
                    service.verificationPath().orElseThrow().replace("{code}", code),
                    headers,
                    TIMEOUT,
                    caller)));
    return Uni.combine()
        .all()
        .unis(replies)
        .with(
            results -> {
              List<String> unavailable = new ArrayList<>();
              for (Object result : results) {
                BackendCalls.Reply reply = (BackendCalls.Reply) result;
                if (!reply.unavailable() && reply.status() == 200) {
                  return new Outcome(Optional.of(reply), List.of());
                }
                if (reply.unavailable() || reply.status() >= 500) {
                  unavailable.add(reply.service());
                }
              }
              return new Outcome(Optional.empty(), unavailable);
            });
  }
}

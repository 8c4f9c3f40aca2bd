package id.go.okikab.gateway.proxy;

import id.go.okikab.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One pooled HTTP client and one circuit breaker per backend service. */
@ApplicationScoped
public class Backends {

  /** A backend service as the gateway sees it. */
  public record Backend(
      String name,
      URI url,
      GatewayConfig.Service config,
      HttpClient client,
      CircuitBreaker breaker) {}

  private final Map<String, Backend> backends = new HashMap<>();

  public Backends(GatewayConfig config, Vertx vertx, Clock clock) {
    config
        .services()
        .forEach(
            (name, service) -> {
              URI url = URI.create(service.url());
              HttpClient client =
                  vertx.createHttpClient(
                      new HttpClientOptions()
                          .setConnectTimeout((int) service.connectTimeout().toMillis())
                          .setKeepAlive(true)
                          .setMaxPoolSize(64)
                          .setPipelining(false)
                          .setTcpNoDelay(true)
                          .setDecompressionSupported(false));
              backends.put(
                  name,
                  new Backend(
                      name,
                      url,
                      service,
                      client,
                      new CircuitBreaker(
                          service.failureThreshold(),
                          service.minCallers(),
                          service.openFor(),
                          clock)));
            });
  }

  public Backend get(String name) {
    Backend backend = backends.get(name);
    if (backend == null) {
      throw new IllegalArgumentException("no service " + name);
    }
    return backend;
  }

  public Set<String> names() {
    return backends.keySet();
  }

  @PreDestroy
  void close() {
    backends.values().forEach(b -> b.client().close());
  }
}

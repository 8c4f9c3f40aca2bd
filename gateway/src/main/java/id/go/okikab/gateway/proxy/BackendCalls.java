package id.go.okikab.gateway.proxy;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway's own calls to a service (the overview's sections, verification), through the same
 * pooled clients and circuit breakers as the proxy. A call never fails: an unreachable, failing or
 * slow service comes back as {@link Reply#unavailable()}.
 */
@ApplicationScoped
public class BackendCalls {

  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(BackendCalls.class);

  /** What a service answered, or why it did not. */
  public record Reply(String service, int status, String body, String failure) {
    public boolean unavailable() {
      return failure != null;
    }
  }

  private final Backends backends;

  BackendCalls(Backends backends) {
    this.backends = backends;
  }

  /**
   * GET {@code path} on {@code service} with {@code headers}, within {@code timeout}, on behalf of
   * {@code caller} (whose timeouts and 502/503/504 answers count against the service's circuit as
   * that caller's, see {@link CircuitBreaker}).
   */
  public Uni<Reply> get(
      String service, String path, Map<String, String> headers, Duration timeout, String caller) {
    return get(service, path, headers, timeout, caller, true);
  }

  /**
   * GET {@code path} on {@code service} for the gateway's own upkeep (the services' OpenAPI
   * documents it learns route templates from): past an open circuit, and not counted by it, so that
   * the upkeep neither opens nor closes a circuit nor waits for one.
   */
  public Uni<Reply> upkeep(
      String service, String path, Map<String, String> headers, Duration timeout) {
    return get(service, path, headers, timeout, null, false);
  }

  private Uni<Reply> get(
      String service,
      String path,
      Map<String, String> headers,
      Duration timeout,
      String caller,
      boolean counted) {
    Backends.Backend backend = backends.get(service);
    if (counted && !backend.breaker().tryAcquire()) {
      return Uni.createFrom()
          .item(new Reply(service, 503, null, service + " is failing; its circuit is open"));
    }
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(backend.url().getHost())
            .setPort(backend.url().getPort() > 0 ? backend.url().getPort() : 80)
            .setSsl("https".equals(backend.url().getScheme()))
            .setURI(path)
            .setIdleTimeout(timeout.toMillis());
    headers.forEach(options::putHeader);
    AtomicBoolean connected = new AtomicBoolean();
    var future =
        backend
            .client()
            .request(options)
            .compose(
                request -> {
                  connected.set(true);
                  return request.send();
                })
            .compose(
                (HttpClientResponse response) ->
                    response
                        .body()
                        .map(body -> new Reply(service, response.statusCode(), text(body), null)));
    return Uni.createFrom()
        .completionStage(future.toCompletionStage())
        .ifNoItem()
        .after(timeout.plusMillis(250))
        .fail()
        .onItem()
        .invoke(
            reply -> {
              if (!counted) {
                return;
              }
              if (Proxy.isOutage(reply.status())) {
                backend.breaker().onFailure(caller);
              } else {
                backend.breaker().onSuccess(); // it answered, 500 included
              }
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.debugf(failure, "GET %s on %s failed", path, service);
              if (counted && connected.get()) {
                backend.breaker().onFailure(caller); // reached, then timed out or dropped
              } else if (counted) {
                backend.breaker().onUnreachable();
              }
              return new Reply(
                  service,
                  503,
                  null,
                  service + " cannot be reached (" + failure.getClass().getSimpleName() + ")");
            });
  }

  private static String text(Buffer body) {
    return body == null ? null : body.toString();
  }
}

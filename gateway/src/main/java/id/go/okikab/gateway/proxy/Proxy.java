package id.go.okikab.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.problem.ProblemTypes;
import id.go.okikab.platform.web.requestid.RequestIdFilter;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards a routed request to its service and streams the answer back: method, the normalised path
 * ({@link RequestPaths}, the one the gateway routed and authorised) with the query as received,
 * headers (the bearer token and {@code X-Request-Id} included), body and status pass through
 * unchanged, both bodies streamed with back-pressure, never buffered whole. A service that cannot
 * be reached gives 503 naming it, one that does not answer in time 504; after repeated failures
 * from several callers its circuit opens and requests fail at once ({@link CircuitBreaker}). Only
 * reads (GET, HEAD) are retried, once, and only when the service could not be reached. CORS headers
 * are the gateway's own: a service's {@code Access-Control-*} headers are not passed on.
 */
@ApplicationScoped
public class Proxy {

  private static final Logger LOG = Logger.getLogger(Proxy.class);

  /** Hop-by-hop headers (RFC 9110 §7.6.1) and Host: never forwarded. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host");

  private final Backends backends;
  private final ObjectMapper json;

  Proxy(Backends backends, ObjectMapper json) {
    this.backends = backends;
    this.json = json;
  }

  void forward(RoutingContext context, RoutingTable.Match match) {
    Backends.Backend backend = backends.get(match.service());
    if (!backend.breaker().tryAcquire()) {
      unavailable(
          context,
          backend,
          "is failing; its circuit is open",
          backend.breaker().retryAfterSeconds());
      return;
    }
    HttpMethod method = context.request().method();
    boolean retriable = method == HttpMethod.GET || method == HttpMethod.HEAD;
    attempt(context, backend, retriable ? 2 : 1);
  }

  private void attempt(RoutingContext context, Backends.Backend backend, int attemptsLeft) {
    HttpServerRequest in = context.request();
    RequestOptions options =
        new RequestOptions()
            .setMethod(in.method())
            .setHost(backend.url().getHost())
            .setPort(port(backend))
            .setSsl("https".equals(backend.url().getScheme()))
            .setURI(uri(context))
            .setIdleTimeout(backend.config().timeout().toMillis());
    backend
        .client()
        .request(options)
        .onSuccess(out -> send(context, backend, in, out, attemptsLeft))
        .onFailure(
            failure -> {
              if (attemptsLeft > 1 && !context.response().headWritten()) {
                LOG.debugf(
                    "retrying %s %s on %s: %s",
                    in.method(), GatewayFilter.path(context), backend.name(), failure);
                context.vertx().setTimer(50, t -> attempt(context, backend, attemptsLeft - 1));
                return;
              }
              backend.breaker().onUnreachable(); // no connection: no request content caused it
              unavailable(context, backend, "cannot be reached", 30);
            });
  }

  private void send(
      RoutingContext context,
      Backends.Backend backend,
      HttpServerRequest in,
      HttpClientRequest out,
      int attemptsLeft) {
    copyHeaders(in.headers(), out.headers());
    out.putHeader(RequestIds.HEADER, (String) context.get(RequestIdFilter.CONTEXT_KEY));
    out.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
    out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
    String forwardedFor = in.getHeader("X-Forwarded-For");
    String client = GatewayFilter.clientIp(context);
    out.putHeader("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
    boolean hasBody =
        in.headers().contains(HttpHeaders.CONTENT_LENGTH)
            ? !"0".equals(in.getHeader(HttpHeaders.CONTENT_LENGTH))
            : in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    if (hasBody && !in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
      out.setChunked(true);
    }
    var sent = hasBody ? out.send(in) : out.send();
    sent.onSuccess(response -> relay(context, backend, response))
        .onFailure(
            failure -> {
              boolean timeout =
                  failure instanceof TimeoutException
                      || String.valueOf(failure.getMessage()).contains("timeout");
              if (!hasBody && !timeout && attemptsLeft > 1 && !context.response().headWritten()) {
                // a read whose connection dropped before any answer: safe to send again
                LOG.debugf(
                    "retrying %s %s on %s: %s",
                    in.method(), GatewayFilter.path(context), backend.name(), failure);
                attempt(context, backend, attemptsLeft - 1);
                return;
              }
              // the request reached the service, which timed out or dropped it: possibly because
              // of what the request carried, so the failure is its caller's
              backend.breaker().onFailure(GatewayFilter.caller(context));
              if (timeout) {
                Problems.send(
                    context,
                    json,
                    504,
                    ProblemTypes.DEPENDENCY_UNAVAILABLE,
                    "Service timeout",
                    backend.name()
                        + " did not answer within "
                        + backend.config().timeout().toSeconds()
                        + " s.",
                    Map.of("Retry-After", "30"));
              } else {
                unavailable(context, backend, "failed: " + failure.getClass().getSimpleName(), 30);
              }
            });
  }

  private void relay(
      RoutingContext context, Backends.Backend backend, HttpClientResponse response) {
    if (isOutage(response.statusCode())) {
      backend.breaker().onFailure(GatewayFilter.caller(context));
    } else {
      backend.breaker().onSuccess(); // it answered, 500 included
    }
    HttpServerResponse out = context.response();
    if (out.closed()) {
      response.request().reset();
      return;
    }
    out.setStatusCode(response.statusCode());
    out.setStatusMessage(response.statusMessage());
    for (String name : response.headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!HOP_BY_HOP.contains(lower) && !lower.startsWith("access-control-")) {
        out.headers().set(name, response.headers().getAll(name));
      }
    }
    if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
      out.setChunked(true);
    }
    response.pipeTo(out);
  }

  /** The answers that mean the service (or what stands in front of it) is not serving. */
  static boolean isOutage(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  /** The normalised path and the query exactly as received. */
  private static String uri(RoutingContext context) {
    String query = context.request().query();
    String path = GatewayFilter.path(context);
    return query == null ? path : path + "?" + query;
  }

  private void unavailable(
      RoutingContext context, Backends.Backend backend, String what, long retryAfter) {
    LOG.warnf("%s %s", backend.name(), what);
    Problems.send(
        context,
        json,
        503,
        ProblemTypes.DEPENDENCY_UNAVAILABLE,
        "Service unavailable",
        backend.name() + " " + what + "; try again later.",
        Map.of("Retry-After", Long.toString(retryAfter)));
  }

  private static void copyHeaders(MultiMap from, MultiMap to) {
    for (String name : from.names()) {
      if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        to.set(name, from.getAll(name));
      }
    }
  }

  private static int port(Backends.Backend backend) {
    int port = backend.url().getPort();
    if (port > 0) {
      return port;
    }
    return "https".equals(backend.url().getScheme()) ? 443 : 80;
  }
}

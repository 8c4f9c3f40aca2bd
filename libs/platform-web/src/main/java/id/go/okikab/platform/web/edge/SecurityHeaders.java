package id.go.okikab.platform.web.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The response headers every answer of every service and the gateway carries, set once here:
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} everywhere;
 *   <li>API responses ({@code /api/}): {@code Cache-Control: no-store} unless the resource chose a
 *       cache policy itself (personal data must not be kept by a browser or a proxy), a {@code
 *       Content-Security-Policy} that allows nothing (a JSON answer is never a page), no referrer;
 *   <li>the Swagger UI ({@code /q/swagger-ui}): it may not be framed, and loads only from its own
 *       origin.
 * </ul>
 *
 * A header the response already has (a service's, passed through the gateway) is kept.
 */
@ApplicationScoped
public class SecurityHeaders {

  /** Before the request edge checks, so that their problems carry the headers too. */
  static final int PRIORITY = 9_500;

  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
  static final String SWAGGER_CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

  void register(@Observes Filters filters) {
    filters.register(SecurityHeaders::add, PRIORITY);
  }

  static void add(RoutingContext context) {
    String path = context.request().path();
    context.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = context.response().headers();
          setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
          if (path == null) {
            return;
          }
          if (path.startsWith("/api/")) {
            setIfAbsent(headers, "Cache-Control", "no-store");
            setIfAbsent(headers, "Content-Security-Policy", API_CSP);
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
          } else if (path.startsWith("/q/swagger-ui")) {
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Content-Security-Policy", SWAGGER_CSP);
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
          }
        });
    context.next();
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }
}

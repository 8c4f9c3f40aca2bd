package id.go.okikab.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.problem.ProblemTypes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateway adds to Quarkus' CORS filter ({@code quarkus.http.cors.*}), which runs right
 * after this one and answers preflights and sets the allow headers:
 *
 * <ul>
 *   <li>A request from an origin that is neither allowed nor the gateway's own is refused with a
 *       403 problem (Quarkus would refuse it with an empty 403), before anything else runs.
 *   <li>Every answer carries {@code Vary: Origin}: whether it has {@code
 *       Access-Control-Allow-Origin} depends on the request's origin, so a cache must not give one
 *       origin's answer to another.
 * </ul>
 *
 * Origins are compared as Quarkus compares them: exactly, or by a {@code /regex/} entry.
 */
@ApplicationScoped
public class CorsOrigins {

  /** Just before Quarkus' CORS filter (300), after the request id (10 000). */
  static final int PRIORITY = 301;

  private final boolean enabled;
  private final List<String> origins;
  private final List<Pattern> patterns = new ArrayList<>();
  private final ObjectMapper json;

  CorsOrigins(
      @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
      ObjectMapper json) {
    this.enabled = enabled;
    this.origins = origins.orElse(List.of());
    for (String origin : this.origins) {
      if (origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/")) {
        patterns.add(Pattern.compile(origin.substring(1, origin.length() - 1)));
      }
    }
    this.json = json;
  }

  void register(@Observes Filters filters) {
    if (enabled) {
      filters.register(this::check, PRIORITY);
    }
  }

  void check(RoutingContext context) {
    context.addHeadersEndHandler(ignored -> varyOnOrigin(context.response()));
    String origin = context.request().getHeader("Origin");
    if (origin == null || allowed(origin) || sameOrigin(context.request(), origin)) {
      context.next();
      return;
    }
    Problems.send(
        context,
        json,
        403,
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "Requests from this origin are not allowed (CORS).",
        Map.of());
  }

  private boolean allowed(String origin) {
    return origins.contains("*")
        || origins.contains(origin)
        || patterns.stream().anyMatch(p -> p.matcher(origin).matches());
  }

  /** A page served by the gateway itself (Swagger UI) sends its own origin on writes. */
  static boolean sameOrigin(HttpServerRequest request, String origin) {
    HostAndPort authority = request.authority();
    if (authority == null || request.scheme() == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      String scheme = request.scheme().toLowerCase(Locale.ROOT);
      return scheme.equals(uri.getScheme())
          && authority.host().equalsIgnoreCase(uri.getHost())
          && port(scheme, authority.port()) == port(scheme, uri.getPort())
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static int port(String scheme, int port) {
    if (port > 0) {
      return port;
    }
    return "https".equals(scheme) ? 443 : 80;
  }

  private static void varyOnOrigin(HttpServerResponse response) {
    String vary = response.headers().get("Vary");
    if (vary == null || vary.isBlank()) {
      response.putHeader("Vary", "Origin");
    } else if (!vary.toLowerCase(Locale.ROOT).contains("origin") && !vary.contains("*")) {
      response.putHeader("Vary", vary + ", Origin");
    }
  }
}

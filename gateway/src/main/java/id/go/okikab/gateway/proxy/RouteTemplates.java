package id.go.okikab.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The route template of a proxied request, the label its HTTP metrics and trace carry instead of
 * its path (which holds record ids): the owning service's OpenAPI path template that matches it
 * ({@code /api/v1/families/{id}}), learnt from the service's document ({@link #learn}), else the
 * routing table's prefix with a wildcard ({@code /api/v1/families/*}). Either way the labels are as
 * many as the routes, whatever the requests.
 *
 * <p>The label is handed to Quarkus' HTTP instrumentation the way Quarkus REST hands over its
 * resource templates: as the {@value #URL_PATH_TEMPLATE} local of the request's Vert.x context,
 * which the Micrometer HTTP server binder ({@code HttpRequestMetric}) takes as the {@code uri} tag
 * and OpenTelemetry as the span's {@code http.route}.
 */
@ApplicationScoped
public class RouteTemplates {

  /** The request context local Quarkus' HTTP metrics and tracing read the route template from. */
  static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

  /** A template of a service's document, as a pattern over the path relative to the API root. */
  private record Template(String path, Pattern pattern, int literals) {}

  private final RoutingTable routes;

  /** service → resource (routing-table prefix) → its templates, most specific first. */
  private final Map<String, Map<String, List<Template>>> known = new ConcurrentHashMap<>();

  RouteTemplates(RoutingTable routes) {
    this.routes = routes;
  }

  /**
   * Replaces what is known of {@code service}'s paths by {@code paths} (its OpenAPI document's path
   * keys); only those the routing table gives to {@code service} are kept.
   */
  public void learn(String service, Collection<String> paths) {
    Map<String, List<Template>> byResource = new HashMap<>();
    for (String path : paths) {
      routes
          .match(path)
          .filter(m -> m.service().equals(service))
          .ifPresent(
              m ->
                  byResource
                      .computeIfAbsent(m.resource(), r -> new ArrayList<>())
                      .add(template(m.relativePath())));
    }
    // JAX-RS' order: more literal characters first, so /families/mine wins over /families/{id}
    byResource
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt(Template::literals).reversed()));
    known.put(service, Map.copyOf(byResource));
  }

  /** Whether a document of {@code service} has been learnt. */
  public boolean knows(String service) {
    return known.containsKey(service);
  }

  /** The label of a request routed as {@code match}. */
  public String label(RoutingTable.Match match) {
    List<Template> templates =
        known.getOrDefault(match.service(), Map.of()).getOrDefault(match.resource(), List.of());
    for (Template template : templates) {
      if (template.pattern().matcher(match.relativePath()).matches()) {
        return template.path();
      }
    }
    return RoutingTable.API
        + match.resource()
        + (match.relativePath().equals(match.resource()) ? "" : "/*");
  }

  /** Labels the request's metrics and trace with {@code label} (see the class comment). */
  static void tag(RoutingContext context, String label) {
    Context requestContext =
        context.request() instanceof HttpServerRequestInternal internal
            ? internal.context()
            : Vertx.currentContext();
    if (requestContext != null) {
      requestContext.putLocal(URL_PATH_TEMPLATE, label);
    }
  }

  /** {@code {name}} is one segment; everything else is literal. */
  private static Template template(String relativePath) {
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    int i = 0;
    while (i < relativePath.length()) {
      char c = relativePath.charAt(i);
      int close = c == '{' ? relativePath.indexOf('}', i) : -1;
      if (close > i) {
        regex.append("[^/]+");
        i = close + 1;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        literals++;
        i++;
      }
    }
    return new Template(
        RoutingTable.API + relativePath, Pattern.compile(regex.toString()), literals);
  }
}

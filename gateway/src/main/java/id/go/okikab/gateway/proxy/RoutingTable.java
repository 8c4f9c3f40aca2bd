package id.go.okikab.gateway.proxy;

import id.go.okikab.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a request under {@code /api/v1/}, which of its paths are public, and which
 * routes an agency's roles open. Built once from {@link GatewayConfig}. A route's prefix is one or
 * more path segments ({@code residents}, {@code verifications/residents}); the longest matching
 * prefix wins, so a service can own a sub-path of a resource the gateway itself serves.
 */
@ApplicationScoped
public class RoutingTable {

  static final String API = "/api/v1/";

  /** A routed request: the owning service and the path relative to {@code /api/v1/}. */
  public record Match(String resource, String service, String relativePath, boolean publicPath) {}

  private record Entry(String service, List<Pattern> publicPaths) {}

  private record Grant(String method, Pattern path) {}

  private final Map<String, Entry> routes;
  private final List<String> prefixesLongestFirst;
  private final Map<String, List<Grant>> agencyGrants;

  public RoutingTable(GatewayConfig config) {
    this.routes = new java.util.HashMap<>();
    config
        .routes()
        .forEach(
            (resource, route) -> {
              if (!config.services().containsKey(route.service())) {
                throw new IllegalStateException(
                    "oki.gateway.routes." + resource + " names unknown service " + route.service());
              }
              List<Pattern> publicPaths = new ArrayList<>();
              route.publicPaths().orElse(List.of()).forEach(p -> publicPaths.add(glob(p)));
              routes.put(resource, new Entry(route.service(), publicPaths));
            });
    this.prefixesLongestFirst =
        routes.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();
    this.agencyGrants = new java.util.HashMap<>();
    config
        .agencyRoutes()
        .forEach(
            (role, entries) -> {
              List<Grant> grants = new ArrayList<>();
              for (String entry : entries) {
                String[] parts = entry.trim().split("\\s+", 2);
                if (parts.length != 2) {
                  throw new IllegalStateException(
                      "oki.gateway.agency-routes."
                          + role
                          + ": expected 'METHOD path', got "
                          + entry);
                }
                grants.add(new Grant(parts[0].toUpperCase(), glob(parts[1])));
              }
              agencyGrants.put(role, grants);
            });
  }

  /** The route of {@code path} (without query), when a configured resource owns it. */
  public Optional<Match> match(String path) {
    if (!path.startsWith(API)) {
      return Optional.empty();
    }
    String relative = path.substring(API.length());
    for (String resource : prefixesLongestFirst) {
      if (relative.equals(resource) || relative.startsWith(resource + "/")) {
        Entry entry = routes.get(resource);
        boolean isPublic =
            entry.publicPaths().stream().anyMatch(p -> p.matcher(relative).matches());
        return Optional.of(new Match(resource, entry.service(), relative, isPublic));
      }
    }
    return Optional.empty();
  }

  /** Whether an agency with {@code roles} may call {@code method} on {@code relativePath}. */
  public boolean agencyMayCall(Iterable<String> roles, String method, String relativePath) {
    for (String role : roles) {
      for (Grant grant : agencyGrants.getOrDefault(role, List.of())) {
        if (grant.method().equals(method) && grant.path().matcher(relativePath).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code *} one path segment, {@code **} any rest (also empty). */
  static Pattern glob(String pattern) {
    String trimmed = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '*') {
        if (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '*') {
          regex.append(".*");
          i++;
        } else {
          regex.append("[^/]+");
        }
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}

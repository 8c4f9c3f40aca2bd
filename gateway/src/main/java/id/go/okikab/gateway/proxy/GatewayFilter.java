package id.go.okikab.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.service.RateLimiter;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ProblemTypes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Every request under {@code /api/v1/} passes here first: it normalises the path ({@link
 * RequestPaths}; what cannot be normalised is a 400), authenticates the caller (the bearer token is
 * validated by quarkus-oidc), applies the rate limits and the agency allowlist on the normalised
 * path, and forwards routed resources to their service ({@link Proxy}) under that path; the
 * gateway's own endpoints continue to JAX-RS, which applies their roles.
 *
 * <p>Vert.x Web matches this route on its own normalised path, so a raw path such as {@code
 * /x/../api/v1/residents/1} arrives here too, and is routed as {@code /api/v1/residents/1}.
 */
@ApplicationScoped
public class GatewayFilter {

  private static final Logger LOG = Logger.getLogger(GatewayFilter.class);

  /** {@link RoutingContext} key of the normalised path ({@link #path(RoutingContext)}). */
  static final String PATH_KEY = "oki.gateway.path";

  /** {@link RoutingContext} key of the caller's key ({@link #caller(RoutingContext)}). */
  static final String CALLER_KEY = "oki.gateway.caller";

  private final RoutingTable routes;
  private final Proxy proxy;
  private final IdentityProviderManager identities;
  private final SubjectRefs subjectRefs;
  private final GatewayConfig config;
  private final ObjectMapper json;
  private final RouteTemplates templates;
  private final RateLimiter limiter;

  GatewayFilter(
      RoutingTable routes,
      RouteTemplates templates,
      Proxy proxy,
      IdentityProviderManager identities,
      SubjectRefs subjectRefs,
      GatewayConfig config,
      ObjectMapper json,
      Clock clock) {
    this.routes = routes;
    this.templates = templates;
    this.limiter = new RateLimiter(clock, 100_000);
    this.proxy = proxy;
    this.identities = identities;
    this.subjectRefs = subjectRefs;
    this.config = config;
    this.json = json;
  }

  void register(@Observes Router router) {
    router
        .route("/api/v1/*")
        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
        .handler(this::handle);
  }

  private void handle(RoutingContext context) {
    String path;
    try {
      path = RequestPaths.normalise(context.request().path());
    } catch (RequestPaths.MalformedPathException malformed) {
      Problems.send(
          context,
          json,
          400,
          ProblemTypes.MALFORMED_REQUEST,
          "Malformed request",
          "The request path cannot be normalised: " + malformed.getMessage() + ".",
          Map.of());
      return;
    }
    context.put(PATH_KEY, path);
    Optional<RoutingTable.Match> match = routes.match(path);
    if (match.isPresent()) {
      context.request().pause(); // the body waits, unread, until the service takes it
      // metrics and traces name the route, never the path (it holds record ids)
      RouteTemplates.tag(context, templates.label(match.get()));
    }
    QuarkusHttpUser.getSecurityIdentity(context, identities)
        .subscribe()
        .with(
            identity -> context.vertx().runOnContext(v -> authorised(context, match, identity)),
            failure -> context.vertx().runOnContext(v -> unauthenticated(context, failure)));
  }

  private void authorised(
      RoutingContext context, Optional<RoutingTable.Match> match, SecurityIdentity identity) {
    boolean publicRoute = match.map(RoutingTable.Match::publicPath).orElse(false);
    if (identity.isAnonymous()) {
      if (match.isPresent() && !publicRoute) {
        Problems.send(
            context,
            json,
            401,
            ProblemTypes.UNAUTHORIZED,
            "Unauthorized",
            "A valid bearer token is required.",
            Map.of("WWW-Authenticate", "Bearer"));
        return;
      }
      String key = "ip:" + clientIp(context);
      context.put(CALLER_KEY, key);
      if (!limit(context, key, config.rateLimit().perIp())) {
        return;
      }
    } else {
      CallerIdentity caller = new CallerIdentity(identity, subjectRefs);
      Optional<String> agency = caller.agencyClientId();
      if (agency.isPresent()
          && match.isPresent()
          && !publicRoute
          && !routes.agencyMayCall(
              identity.getRoles(), context.request().method().name(), match.get().relativePath())) {
        LOG.debugf(
            "agency %s refused %s %s", agency.get(), context.request().method(), path(context));
        Problems.send(
            context,
            json,
            403,
            ProblemTypes.FORBIDDEN,
            "Forbidden",
            "This agency client may not use this route.",
            Map.of());
        return;
      }
      String key = "caller:" + caller.subject().or(caller::clientId).orElse("unknown");
      context.put(CALLER_KEY, key);
      if (!limit(context, key, config.rateLimit().perCaller())) {
        return;
      }
    }
    if (match.isPresent()) {
      proxy.forward(context, match.get());
    } else {
      context.next();
    }
  }

  private boolean limit(RoutingContext context, String key, int perMinute) {
    if (!config.rateLimit().enabled()) {
      return true;
    }
    RateLimiter.Decision decision = limiter.take(key, perMinute);
    if (decision.allowed()) {
      return true;
    }
    Problems.send(
        context,
        json,
        429,
        ProblemTypes.TOO_MANY_REQUESTS,
        "Too many requests",
        "The request rate limit was reached; retry after " + decision.retryAfterSeconds() + " s.",
        Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
    return false;
  }

  private void unauthenticated(RoutingContext context, Throwable failure) {
    if (failure instanceof AuthenticationFailedException) {
      Problems.send(
          context,
          json,
          401,
          ProblemTypes.UNAUTHORIZED,
          "Unauthorized",
          "The bearer token is not valid.",
          Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
      return;
    }
    LOG.warnf("cannot authenticate the caller: %s", failure.toString());
    Problems.send(
        context,
        json,
        503,
        ProblemTypes.DEPENDENCY_UNAVAILABLE,
        "Identity provider unavailable",
        "The identity provider (Keycloak) cannot be reached; try again later.",
        Map.of("Retry-After", "30"));
  }

  /** The request's normalised path (its raw path before this filter ran). */
  static String path(RoutingContext context) {
    String path = context.get(PATH_KEY);
    return path == null ? context.request().path() : path;
  }

  /**
   * Who is calling, as the rate limits and the circuit breakers count callers: {@code caller:<token
   * subject or agency client id>}, or {@code ip:<address>} without a token.
   */
  public static String caller(RoutingContext context) {
    String key = context == null ? null : context.get(CALLER_KEY);
    if (key != null) {
      return key;
    }
    return context == null ? "unknown" : "ip:" + clientIp(context);
  }

  static String clientIp(RoutingContext context) {
    var address = context.request().remoteAddress();
    return address == null ? "unknown" : address.hostAddress();
  }
}

package id.go.okikab.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's routing table and limits ({@code oki.gateway.*}). Adding a service is
 * configuration: a {@code services} entry, its {@code routes}, its overview {@code sections}, and
 * its event mappings in the read models.
 */
@ConfigMapping(prefix = "oki.gateway")
public interface GatewayConfig {

  /** Backend services by name. */
  Map<String, Service> services();

  /** Resource prefixes under {@code /api/v1/} and the service that owns each. */
  Map<String, Route> routes();

  /** The sections of {@code GET /api/v1/me/overview}, by name. */
  Map<String, Section> sections();

  /**
   * Client-credentials callers (agency systems) reach only these routes: realm role → {@code
   * "METHOD path-pattern"} entries, the pattern relative to {@code /api/v1/} with {@code *} for one
   * segment and {@code **} for the rest.
   */
  @WithName("agency-routes")
  Map<String, List<String>> agencyRoutes();

  @WithName("rate-limit")
  RateLimit rateLimit();

  Feed feed();

  /** A backend service. */
  interface Service {
    /** Base URL, e.g. {@code http://civil-registry-service:8080}. */
    String url();

    /** Whole-request timeout, from sending to the last byte of the response headers. */
    @WithDefault("10s")
    Duration timeout();

    @WithName("connect-timeout")
    @WithDefault("1s")
    Duration connectTimeout();

    /**
     * Consecutive failures that open the circuit: connections that could not be made, timeouts, and
     * answers 502, 503 and 504 (any other answer, 500 included, ends the streak). ADR 0012.
     */
    @WithName("failure-threshold")
    @WithDefault("5")
    int failureThreshold();

    /**
     * Distinct callers whose timeouts and 502/503/504 answers must be in the streak before it opens
     * the circuit, so that no single caller can open it; each connection failure counts as one.
     */
    @WithName("min-callers")
    @WithDefault("3")
    int minCallers();

    /** How long an open circuit answers 503 without trying the service. */
    @WithName("open-for")
    @WithDefault("10s")
    Duration openFor();

    /** Path of its OpenAPI document. */
    @WithName("openapi-path")
    @WithDefault("/q/openapi")
    String openapiPath();

    /**
     * Its public verification endpoint, with {@code {code}} for the code (e.g. {@code
     * /api/v1/certificates/verify/{code}}), when it issues verifiable documents.
     */
    @WithName("verification-path")
    Optional<String> verificationPath();

    /** Prefix of the verification codes it issues, when they have one (routes directly). */
    @WithName("verification-prefix")
    Optional<String> verificationPrefix();
  }

  /** A resource prefix routed to a service. */
  interface Route {
    String service();

    /**
     * Paths under this resource that anonymous callers may use (rate-limited per IP), relative to
     * {@code /api/v1/}, e.g. {@code certificates/verify/*}.
     */
    @WithName("public-paths")
    Optional<List<String>> publicPaths();
  }

  /** A section of the citizen overview: one call to one service with the caller's token. */
  interface Section {
    String service();

    /** Path on the service, e.g. {@code /api/v1/residents/me}. */
    String path();

    /** How long the overview waits for this section. */
    @WithDefault("2s")
    Duration timeout();
  }

  /** Token buckets: requests per minute, refilled continuously. */
  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    /** Per authenticated caller (token subject, or client id for agencies). */
    @WithName("per-caller")
    @WithDefault("600")
    int perCaller();

    /** Per client IP on public routes. */
    @WithName("per-ip")
    @WithDefault("120")
    int perIp();
  }

  /** The live event feed (for roles operator and admin). */
  interface Feed {
    /** Roles that also see restricted topics (health). */
    @WithName("restricted-roles")
    @WithDefault("admin")
    List<String> restrictedRoles();
  }
}

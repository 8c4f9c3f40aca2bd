package id.go.okikab.platform.web.problem;

/**
 * The stable problem types of the platform: {@code https://okikab.go.id/problems/<slug>}. Clients
 * may switch on them; they never change meaning. Domain rules add their own slugs through {@link
 * DomainRuleViolation}.
 */
public final class ProblemTypes {

  /** Base of every platform problem type URI. */
  public static final String BASE = "https://okikab.go.id/problems/";

  public static final String VALIDATION = "validation";
  public static final String MALFORMED_REQUEST = "malformed-request";
  public static final String UNAUTHORIZED = "unauthorized";
  public static final String FORBIDDEN = "forbidden";
  public static final String NOT_FOUND = "not-found";
  public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
  public static final String NOT_ACCEPTABLE = "not-acceptable";
  public static final String CONFLICT = "conflict";
  public static final String PRECONDITION_FAILED = "precondition-failed";
  public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
  public static final String URI_TOO_LONG = "uri-too-long";
  public static final String HEADERS_TOO_LARGE = "request-header-fields-too-large";
  public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
  public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
  public static final String PRECONDITION_REQUIRED = "precondition-required";
  public static final String TOO_MANY_REQUESTS = "too-many-requests";
  public static final String INTERNAL = "internal";
  public static final String DEPENDENCY_UNAVAILABLE = "dependency-unavailable";

  /** Any other HTTP error status: the status code says it all (RFC 9457 §4.2.1). */
  public static final String HTTP_STATUS = "http-status";

  private ProblemTypes() {}

  /** The full type URI of a slug. */
  public static String uri(String slug) {
    return BASE + slug;
  }
}

package id.go.okikab.platform.web.openapi;

/**
 * The descriptions of the error statuses every service's OpenAPI document lists, one wording for
 * the platform: {@code @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)}. A
 * route whose status means something more specific says so in its own words.
 */
public final class ProblemDocs {

  private ProblemDocs() {}

  public static final String BAD_REQUEST =
      "Invalid input: problem+json naming each field and rule (type .../validation or"
          + " .../malformed-request)";
  public static final String UNAUTHORIZED = "No valid bearer token";
  public static final String FORBIDDEN = "The caller's role or ownership does not allow this";
  public static final String NOT_FOUND =
      "No such record, or its existence is private to the caller";
  public static final String CONFLICT =
      "Conflicts with the current state (duplicate, concurrent change, state machine)";
  public static final String PRECONDITION_FAILED =
      "If-Match names a version that is no longer current";
  public static final String UNPROCESSABLE =
      "Breaks a domain rule (the problem type names the rule)";
  public static final String PRECONDITION_REQUIRED = "The update needs an If-Match header";
  public static final String TOO_MANY_REQUESTS = "Rate limit reached (see Retry-After)";
  public static final String UNAVAILABLE = "A dependency of the service is unavailable";

  /** Parameter descriptions shared by the operations. */
  public static final String IF_MATCH = "The ETag of the version read (e.g. \"3\")";

  public static final String IDEMPOTENCY_KEY =
      "Optional: a retry with the same key replays the first response and acts once";

  /** The standard description of an error status (for responses declared without one). */
  static String of(String status) {
    return switch (status) {
      case "400" -> BAD_REQUEST;
      case "401" -> UNAUTHORIZED;
      case "403" -> FORBIDDEN;
      case "404" -> NOT_FOUND;
      case "409" -> CONFLICT;
      case "412" -> PRECONDITION_FAILED;
      case "422" -> UNPROCESSABLE;
      case "428" -> PRECONDITION_REQUIRED;
      case "429" -> TOO_MANY_REQUESTS;
      case "503" -> UNAVAILABLE;
      default -> "Error (problem+json)";
    };
  }
}

package id.go.okikab.health.api;

/**
 * Names of the problem responses shared by the operations of this API, defined once in {@code
 * META-INF/openapi.yaml} (components.responses) and referenced by each operation's
 * {@code @APIResponse(responseCode = …, ref = …)}.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String RULE = "DomainRuleViolated";
}

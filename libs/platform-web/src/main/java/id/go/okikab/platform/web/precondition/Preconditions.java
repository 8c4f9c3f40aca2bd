package id.go.okikab.platform.web.precondition;

import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.ProblemTypes;
import java.util.List;

/**
 * ETags from an entity's {@code @Version} and {@code If-Match} on updates (lost-update protection).
 *
 * <pre>
 * // GET: return the version as the ETag
 * return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(entity.version)).build();
 *
 * // PUT/PATCH: the resource passes the header to the service, which checks it against the loaded entity
 * Preconditions.requireIfMatch(ifMatch, entity.version);   // 428 when missing, 412 when stale
 * entity.rename(...);                                       // a race past this point: 409 at flush
 * </pre>
 *
 * The ETag is strong ({@code "7"}); {@code If-Match} needs one of the listed tags to equal the
 * current one. {@code *} and weak tags are refused: an update must name the version it read.
 */
public final class Preconditions {

  /** Request header. */
  public static final String IF_MATCH = "If-Match";

  private Preconditions() {}

  /** The {@code ETag} header value of a version: {@code "7"}. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Checks an {@code If-Match} header against the current version.
   *
   * @param ifMatch the header value as received, {@code null} when absent
   * @throws ProblemException 428 {@code precondition-required} when the header is missing or does
   *     not name a version; 412 {@code precondition-failed} when no tag matches
   */
  public static void requireIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw required("This update needs an If-Match header with the ETag you read.");
    }
    String current = etag(currentVersion);
    boolean anyTag = false;
    for (String tag : ifMatch.split(",")) {
      String trimmed = tag.trim();
      if (trimmed.equals("*")) {
        continue;
      }
      anyTag = true;
      if (trimmed.equals(current)) {
        return;
      }
    }
    if (!anyTag) {
      throw required("If-Match must name the ETag you read; '*' is not accepted.");
    }
    throw new ProblemException(
        412,
        ProblemTypes.PRECONDITION_FAILED,
        "Precondition failed",
        "The resource has changed since you read it (its ETag is now "
            + current
            + "). Read it again and retry.",
        List.of());
  }

  private static ProblemException required(String detail) {
    return new ProblemException(
        428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required", detail, List.of());
  }
}

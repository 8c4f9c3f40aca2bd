package id.go.okikab.platform.web.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.ProblemTypes;
import id.go.okikab.platform.web.problem.VertxProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The checks every request passes before anything else reads it, in every service and the gateway:
 * a request target over {@code oki.web.limits.max-request-target} (default 8 KiB) answers 414, a
 * header block over {@code oki.web.limits.max-header-block} (default 16 KiB) 431, a path or query
 * with an invalid percent-escape or a control character (NUL included, encoded or not) 400 — each
 * as problem details with the request id, so that no such input reaches a resource, a log line or
 * PostgreSQL (which refuses NUL bytes).
 *
 * <p>The HTTP server's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code
 * max-header-size}, 64 KiB in the platform defaults) sit above these: the server answers requests
 * beyond them itself, before any application code runs, with an empty 414 or 431 (Vert.x offers no
 * hook there). Requests the router refuses before any route (a missing Host, a target that is not a
 * path) and other failures of the request's own making below Quarkus REST get their problem details
 * from the failure handler registered here.
 */
@ApplicationScoped
public class RequestEdgeFilter {

  /** Runs right after the request id is assigned ({@code RequestIdFilter}: 10,000). */
  static final int PRIORITY = 9_000;

  private final ObjectMapper json;
  private final int maxRequestTarget;
  private final int maxHeaderBlock;

  RequestEdgeFilter(
      ObjectMapper json,
      @ConfigProperty(name = "oki.web.limits.max-request-target", defaultValue = "8192")
          int maxRequestTarget,
      @ConfigProperty(name = "oki.web.limits.max-header-block", defaultValue = "16384")
          int maxHeaderBlock) {
    this.json = json;
    this.maxRequestTarget = maxRequestTarget;
    this.maxHeaderBlock = maxHeaderBlock;
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  /**
   * Failures raised below Quarkus REST with an HTTP status of the request's own making (the router
   * refusing a request line, the body handler a body too large…): problem details instead of
   * Quarkus' default error page. Everything else goes on to Quarkus' own failure handling.
   */
  void registerFailureHandler(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
  }

  private void failure(RoutingContext context) {
    int status = context.statusCode();
    String title = HTTP_FAILURES.get(status);
    if (title == null || context.response().headWritten()) {
      context.next();
      return;
    }
    String slug =
        switch (status) {
          case 404 -> ProblemTypes.NOT_FOUND;
          case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
          case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
          case 414 -> ProblemTypes.URI_TOO_LONG;
          case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
          case 431 -> ProblemTypes.HEADERS_TOO_LARGE;
          default -> ProblemTypes.MALFORMED_REQUEST;
        };
    String detail =
        switch (status) {
          case 400 -> "The request is not valid HTTP (its request line, path, query or headers).";
          case 404 -> "The requested resource does not exist.";
          case 405 -> "This method is not supported by the resource.";
          case 413 -> "The request body is larger than this service accepts.";
          default -> title + ".";
        };
    VertxProblems.send(
        context,
        json,
        new ProblemException(status, slug, title, detail, List.of()),
        null,
        Map.of());
  }

  /** The statuses a failure below Quarkus REST answers as problem details, with their titles. */
  private static final Map<Integer, String> HTTP_FAILURES =
      Map.of(
          400, "Malformed request",
          404, "Not found",
          405, "Method not allowed",
          413, "Payload too large",
          414, "URI too long",
          415, "Unsupported media type",
          431, "Request header fields too large");

  private void check(RoutingContext context) {
    Optional<ProblemException> problem = problem(context);
    if (problem.isPresent()) {
      // the raw path, still percent-encoded, as the instance; none when it is too long to repeat
      String path = context.request().path();
      String instance =
          problem.get().status() == 400 && path != null && path.length() <= 2048 ? path : null;
      VertxProblems.send(context, json, problem.get(), instance, Map.of());
      return;
    }
    context.next();
  }

  private Optional<ProblemException> problem(RoutingContext context) {
    String uri = context.request().uri();
    if (uri != null && uri.length() > maxRequestTarget) {
      return Optional.of(
          new ProblemException(
              414,
              ProblemTypes.URI_TOO_LONG,
              "URI too long",
              "The request target is longer than "
                  + maxRequestTarget
                  + " characters; send long input in a request body.",
              List.of()));
    }
    if (headerBlockSize(context.request().headers()) > maxHeaderBlock) {
      return Optional.of(
          new ProblemException(
              431,
              ProblemTypes.HEADERS_TOO_LARGE,
              "Request header fields too large",
              "The request's headers are larger than " + maxHeaderBlock + " bytes in all.",
              List.of()));
    }
    String path = context.request().path();
    String query = context.request().query();
    return Optional.ofNullable(
            RequestText.problem(path == null ? "" : path, false)
                .map(what -> malformed("The request path " + what + ".", "path"))
                .orElse(null))
        .or(
            () ->
                query == null
                    ? Optional.empty()
                    : RequestText.problem(query, true)
                        .map(what -> malformed("The query string " + what + ".", "query")));
  }

  private static ProblemException malformed(String detail, String field) {
    return new ProblemException(
        400,
        ProblemTypes.MALFORMED_REQUEST,
        "Malformed request",
        detail,
        List.of(new FieldError(field, "is not valid")));
  }

  private static long headerBlockSize(MultiMap headers) {
    long size = 0;
    for (Map.Entry<String, String> header : headers) {
      size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
    }
    return size;
  }
}

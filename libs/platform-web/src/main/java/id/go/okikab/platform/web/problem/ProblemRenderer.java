package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.requestid.RequestIdFilter;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns any exception into an {@code application/problem+json} response (see {@link
 * ProblemExceptionMappers}) and logs it: 5xx with the request id (stack trace for a 500, which the
 * client never sees), 4xx at debug level.
 */
@ApplicationScoped
public class ProblemRenderer {

  private static final Logger LOG = Logger.getLogger(ProblemRenderer.class);

  /** How long a client should wait before retrying a 503. */
  static final String RETRY_AFTER_SECONDS = "30";

  private final ObjectMapper objectMapper;
  private final CurrentVertxRequest currentRequest;
  private final String typeBase;

  public ProblemRenderer(
      ObjectMapper objectMapper,
      CurrentVertxRequest currentRequest,
      @ConfigProperty(name = "oki.web.problem-type-base", defaultValue = ProblemTypes.BASE)
          String typeBase) {
    this.objectMapper = objectMapper;
    this.currentRequest = currentRequest;
    this.typeBase = typeBase.endsWith("/") ? typeBase : typeBase + "/";
  }

  /** The problem response for an exception thrown while serving the current request. */
  public Response render(Throwable thrown) {
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
      return web.getResponse(); // a redirect or another non-error answer, not a problem
    }
    ProblemClassifier.Classified classified = ProblemClassifier.classify(thrown);
    ProblemException problem = classified.problem();
    RoutingContext context = currentRequest.getCurrent();
    String requestId = requestId(context);
    String instance = context == null ? null : context.request().path();
    log(problem, thrown, requestId, instance);

    Problem body =
        new Problem(
            typeBase + problem.typeSlug(),
            problem.title(),
            problem.status(),
            problem.detail(),
            instance,
            requestId,
            problem.errors());
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(body));
    classified.headers().forEach(response::header);
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    if (problem.status() == 503 && !classified.headers().containsKey("Retry-After")) {
      response.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    if (requestId != null) {
      response.header(RequestIds.HEADER, requestId);
    }
    return response.build();
  }

  private String json(Problem body) {
    try {
      return objectMapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a problem", e);
    }
  }

  private static String requestId(RoutingContext context) {
    return RequestIds.current()
        .orElseGet(() -> context == null ? null : context.get(RequestIdFilter.CONTEXT_KEY));
  }

  private static void log(
      ProblemException problem, Throwable thrown, String requestId, String path) {
    int status = problem.status();
    if (status == 503) {
      LOG.warnf(
          "requestId=%s %s: dependency %s unavailable (%s)",
          requestId,
          path,
          problem instanceof DependencyUnavailableException d ? d.dependency() : "?",
          rootCause(thrown));
    } else if (status >= 500) {
      LOG.errorf(thrown, "requestId=%s %s: unexpected error", requestId, path);
    } else if (LOG.isDebugEnabled()) {
      LOG.debugf(
          "requestId=%s %s: %d %s (%s)",
          requestId, path, status, problem.typeSlug(), thrown.getClass().getName());
    }
  }

  private static String rootCause(Throwable thrown) {
    Throwable root = thrown;
    for (int i = 0; i < 25 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    return root.getClass().getName();
  }
}

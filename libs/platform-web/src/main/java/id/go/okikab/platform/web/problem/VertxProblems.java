package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.requestid.RequestIdFilter;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Problem details written straight on a Vert.x response, for the handlers that run below Quarkus
 * REST (the request edge checks, the gateway's proxy): the same body and headers as {@link
 * ProblemRenderer} gives to exceptions thrown in resources.
 */
public final class VertxProblems {

  private VertxProblems() {}

  /**
   * Ends the request with {@code problem}. A response whose headers were already sent cannot change
   * its status any more: it is reset instead.
   *
   * @param instance the problem's {@code instance} (usually the request path), or null to leave it
   *     out (a path that is itself the problem, too long or not valid)
   */
  public static void send(
      RoutingContext context,
      ObjectMapper json,
      ProblemException problem,
      String instance,
      Map<String, String> headers) {
    if (context.response().headWritten()) {
      context.response().reset();
      return;
    }
    String requestId = context.get(RequestIdFilter.CONTEXT_KEY);
    if (requestId == null) {
      // rejected before the request-id filter ran (the router refused the request line)
      requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
    }
    Problem body =
        new Problem(
            typeBase() + problem.typeSlug(),
            problem.title(),
            problem.status(),
            problem.detail(),
            instance,
            requestId,
            problem.errors());
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      text = "{\"status\":" + problem.status() + "}";
    }
    var response = context.response().setStatusCode(problem.status());
    response.putHeader("Content-Type", Problem.MEDIA_TYPE);
    response.putHeader(RequestIds.HEADER, requestId);
    if (problem.status() == 401 && !headers.containsKey("WWW-Authenticate")) {
      response.putHeader("WWW-Authenticate", "Bearer");
    }
    headers.forEach(response::putHeader);
    response.end(text);
  }

  private static String typeBase() {
    String base =
        ConfigProvider.getConfig()
            .getOptionalValue("oki.web.problem-type-base", String.class)
            .orElse(ProblemTypes.BASE);
    return base.endsWith("/") ? base : base + "/";
  }
}

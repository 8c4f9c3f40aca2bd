package id.go.okikab.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.problem.Problem;
import id.go.okikab.platform.web.problem.ProblemTypes;
import id.go.okikab.platform.web.requestid.RequestIdFilter;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Problem details written straight on the Vert.x response (the proxy runs below JAX-RS). */
final class Problems {

  private Problems() {}

  static void send(
      RoutingContext context,
      ObjectMapper json,
      int status,
      String slug,
      String title,
      String detail,
      Map<String, String> headers) {
    if (context.response().headWritten()) {
      context.response().reset();
      return;
    }
    Problem problem =
        new Problem(
            ProblemTypes.uri(slug),
            title,
            status,
            detail,
            GatewayFilter.path(context),
            context.get(RequestIdFilter.CONTEXT_KEY),
            null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + "}";
    }
    var response = context.response().setStatusCode(status);
    response.putHeader("Content-Type", Problem.MEDIA_TYPE);
    headers.forEach(response::putHeader);
    response.end(body);
  }
}

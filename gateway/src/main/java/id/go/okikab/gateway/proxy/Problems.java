package id.go.okikab.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.VertxProblems;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * Problem details written straight on the Vert.x response (the proxy runs below JAX-RS), through
 * the platform's {@link VertxProblems}, with the normalised path as the instance.
 */
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
    VertxProblems.send(
        context,
        json,
        new ProblemException(status, slug, title, detail, List.of()),
        GatewayFilter.path(context),
        headers);
  }
}

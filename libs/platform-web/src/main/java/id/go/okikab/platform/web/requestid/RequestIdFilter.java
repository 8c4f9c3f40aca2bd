package id.go.okikab.platform.web.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Assigns the correlation id ({@link RequestIds}) to every HTTP request before any other handler
 * runs, so that authentication failures, unknown paths and management endpoints carry it too.
 *
 * <p>The MDC entry lives on the request's Vert.x duplicated context (Quarkus' MDC provider), so it
 * is visible on the worker thread that runs the resource method and in everything it calls.
 */
@ApplicationScoped
public class RequestIdFilter {

  /** Runs before Quarkus' own filters (CORS uses 300 and lower). */
  static final int PRIORITY = 10_000;

  /** {@link RoutingContext} data key holding the id. */
  public static final String CONTEXT_KEY = "oki.requestId";

  void register(@Observes Filters filters) {
    filters.register(RequestIdFilter::assign, PRIORITY);
  }

  static void assign(RoutingContext context) {
    String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
    context.put(CONTEXT_KEY, id);
    MDC.put(RequestIds.MDC_KEY, id);
    context.response().putHeader(RequestIds.HEADER, id);
    context.addHeadersEndHandler(ignored -> context.response().putHeader(RequestIds.HEADER, id));
    context.next();
  }
}

package id.go.okikab.gateway.proxy;

import id.go.okikab.platform.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A faithful stand-in for a service behind the gateway: a real HTTP server that answers with what
 * it received (method, path, query, headers, body size), can be slow, fail, stream large bodies,
 * and be stopped. Configured as service {@code echo} on routes {@code echo} and {@code open} (whose
 * {@code open/public/*} and {@code open/docs/**} paths are public, the latter shaped like the real
 * {@code regions/**}) and {@code verifications/echo} (a two-segment prefix under the gateway's own
 * {@code verifications}), as service {@code fragile} on route {@code fragile} (the same server with
 * a circuit breaker of its own, default threshold and callers, for the breaker's tests), plus
 * service {@code gone} that nothing listens for.
 */
public class EchoBackend implements QuarkusTestResourceLifecycleManager {

  static final AtomicInteger REQUESTS = new AtomicInteger();
  static final java.util.Set<String> FLAKY = java.util.concurrent.ConcurrentHashMap.newKeySet();
  static final AtomicLong LAST_BODY_BYTES = new AtomicLong();
  static volatile int port;

  /**
   * A service's OpenAPI document: routed paths (one owned under the two-segment prefix {@code
   * verifications/echo}, beside the gateway's own {@code /verifications/{code}}), one unrouted, one
   * the gateway serves itself, and a Cell unlike the gateway's.
   */
  public static final String OPENAPI =
      """
      {
        "openapi": "3.1.0",
        "info": {"title": "echo", "version": "1"},
        "paths": {
          "/api/v1/echo/things": {
            "get": {
              "summary": "list echo things",
              "responses": {
                "200": {
                  "description": "ok",
                  "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Cell"}}
                  }
                }
              }
            }
          },
          "/api/v1/echo/things/{id}": {"get": {"summary": "one echo thing"}},
          "/api/v1/echo/things/mine": {"get": {"summary": "the caller's echo things"}},
          "/api/v1/verifications/echo": {"post": {"summary": "verify at echo"}},
          "/api/v1/verifications/{code}": {"get": {"summary": "echo's shadow of the gateway's"}},
          "/api/v1/unrouted/x": {"get": {"summary": "not routed"}}
        },
        "components": {
          "schemas": {"Cell": {"type": "string", "description": "echo's own"}}
        }
      }
      """;

  private static Vertx vertx;
  private static HttpServer server;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    port = Ports.free();
    startServer();
    int gone = Ports.free();
    return Map.ofEntries(
        Map.entry("oki.gateway.services.echo.url", "http://127.0.0.1:" + port),
        Map.entry("oki.gateway.services.echo.timeout", "2s"),
        Map.entry("oki.gateway.services.echo.failure-threshold", "3"),
        Map.entry("oki.gateway.services.echo.open-for", "3s"),
        Map.entry("oki.gateway.routes.echo.service", "echo"),
        Map.entry("oki.gateway.routes.open.service", "echo"),
        Map.entry("oki.gateway.routes.open.public-paths", "open/public/*,open/docs/**"),
        Map.entry("oki.gateway.services.fragile.url", "http://127.0.0.1:" + port),
        Map.entry("oki.gateway.services.fragile.timeout", "2s"),
        Map.entry("oki.gateway.services.fragile.open-for", "3s"),
        Map.entry("oki.gateway.routes.fragile.service", "fragile"),
        Map.entry("oki.gateway.services.gone.url", "http://127.0.0.1:" + gone),
        Map.entry("oki.gateway.routes.gone.service", "gone"),
        Map.entry("oki.gateway.routes.\"echo-sub/deep\".service", "echo"),
        Map.entry("oki.gateway.routes.\"verifications/echo\".service", "echo"),
        Map.entry(
            "oki.gateway.agency-routes.agency-verifier",
            "POST verifications/residents,POST echo/verifications"),
        Map.entry("oki.gateway.services.echo.verification-path", "/api/v1/echo/verify/{code}"),
        Map.entry("oki.gateway.services.echo.verification-prefix", "EC-"),
        Map.entry("oki.gateway.sections.echo-section.service", "echo"),
        Map.entry("oki.gateway.sections.echo-section.path", "/api/v1/echo/me"),
        Map.entry("oki.gateway.sections.gone-section.service", "gone"),
        Map.entry("oki.gateway.sections.gone-section.path", "/api/v1/gone/me"));
  }

  static synchronized void startServer() {
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> {
                  String path = request.path();
                  if (path.equals("/q/openapi")) { // the gateway's upkeep, not a forwarded request
                    request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
                    return;
                  }
                  REQUESTS.incrementAndGet();
                  if (path.endsWith("/flaky")
                      && FLAKY.add(request.method() + request.getParam("key"))) {
                    request.connection().close(); // drops the first request of each key unanswered
                    return;
                  }
                  if (path.startsWith("/api/v1/echo/verify/")) {
                    String code = path.substring("/api/v1/echo/verify/".length());
                    if (code.startsWith("OK")) {
                      request
                          .response()
                          .putHeader("Content-Type", "application/json")
                          .end(
                              new JsonObject()
                                  .put("documentType", "test")
                                  .put("code", code)
                                  .put("status", "VALID")
                                  .encode());
                    } else {
                      request.response().setStatusCode(404).end();
                    }
                    return;
                  }
                  if (path.endsWith("/slow")) {
                    vertx.setTimer(20_000, t -> request.response().end("late"));
                    return;
                  }
                  if (path.contains("/large")) {
                    long megabytes = Long.parseLong(request.getParam("mb", "8"));
                    var response =
                        request
                            .response()
                            .setChunked(true)
                            .putHeader("Content-Type", "application/octet-stream");
                    Buffer chunk = Buffer.buffer(new byte[1024 * 1024]);
                    for (long i = 0; i < megabytes; i++) {
                      response.write(chunk);
                    }
                    response.end();
                    return;
                  }
                  AtomicLong size = new AtomicLong();
                  request.handler(buffer -> size.addAndGet(buffer.length()));
                  request.endHandler(
                      end -> {
                        LAST_BODY_BYTES.set(size.get());
                        int status = Integer.parseInt(request.getParam("status", "200"));
                        JsonObject headers = new JsonObject();
                        request
                            .headers()
                            .forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                        JsonObject echo =
                            new JsonObject()
                                .put("method", request.method().name())
                                .put("path", path)
                                .put("query", request.query())
                                .put("headers", headers)
                                .put("bodyBytes", size.get());
                        String cacheControl = request.getParam("cache-control");
                        if (cacheControl != null) {
                          // a service that chose a cache policy itself (public reference data)
                          request.response().putHeader("Cache-Control", cacheControl);
                        }
                        if (request.getParam("permissive-cors") != null) {
                          // a service that (wrongly) answers CORS itself
                          request
                              .response()
                              .putHeader("Access-Control-Allow-Origin", "*")
                              .putHeader("Access-Control-Allow-Credentials", "true");
                        }
                        request
                            .response()
                            .setStatusCode(status)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("X-Echo", "yes")
                            .putHeader("ETag", "\"7\"")
                            .end(echo.encode());
                      });
                })
            .listen(port, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .join();
  }

  static synchronized void stopServer() throws Exception {
    server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close();
    }
  }
}

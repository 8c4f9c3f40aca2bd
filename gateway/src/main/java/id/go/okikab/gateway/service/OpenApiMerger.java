package id.go.okikab.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.proxy.BackendCalls;
import id.go.okikab.gateway.proxy.RouteTemplates;
import id.go.okikab.gateway.proxy.RoutingTable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document for the whole platform: the gateway's own endpoints and, from each routed
 * service's document, the paths the routing table gives to that service (its longest matching
 * prefix, as for requests: {@code /verifications/residents} is the civil registry's beside the
 * gateway's own {@code /verifications/{code}}). Components are merged by name; a component that two
 * services define differently is renamed {@code <service>_<name>} (with its references). Cached for
 * a minute (five seconds while a service is missing).
 *
 * <p>Each service document read also teaches {@link RouteTemplates} the service's path templates,
 * the labels of proxied requests in the metrics. So that they are known without anyone asking for
 * the document, every service's document is read at start (a service not yet up is asked again, 5 s
 * later, then at longer intervals up to 5 min) and again every 10 min.
 */
@ApplicationScoped
public class OpenApiMerger {

  private static final Duration FRESH = Duration.ofMinutes(1);
  private static final Duration FRESH_PARTIAL = Duration.ofSeconds(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Duration TEMPLATES_REFRESH = Duration.ofMinutes(10);
  private static final Duration TEMPLATES_RETRY = Duration.ofSeconds(5);
  private static final Duration TEMPLATES_RETRY_MAX = Duration.ofMinutes(5);
  private static final Map<String, String> ACCEPT_JSON = Map.of("Accept", "application/json");

  private final GatewayConfig config;
  private final BackendCalls calls;
  private final RoutingTable routes;
  private final RouteTemplates templates;
  private final ObjectMapper json;
  private final Clock clock;
  private final Vertx vertx;
  private final HttpClient self;
  private volatile ObjectNode cached;
  private volatile Instant cachedUntil = Instant.EPOCH;
  private volatile long upkeepTimer = -1;
  private volatile boolean stopped;

  OpenApiMerger(
      GatewayConfig config,
      BackendCalls calls,
      RoutingTable routes,
      RouteTemplates templates,
      ObjectMapper json,
      Clock clock,
      Vertx vertx) {
    this.config = config;
    this.calls = calls;
    this.routes = routes;
    this.templates = templates;
    this.json = json;
    this.clock = clock;
    this.vertx = vertx;
    this.self = vertx.createHttpClient();
  }

  void start(@Observes StartupEvent event) {
    learnTemplates(serviceNames(), TEMPLATES_RETRY);
  }

  void stop(@Observes ShutdownEvent event) {
    stopped = true;
    vertx.cancelTimer(upkeepTimer);
  }

  /**
   * Reads the documents of {@code services} and learns their templates; asks again for those that
   * did not answer after {@code retry} (doubling, up to 5 min), and for all after 10 min.
   */
  private void learnTemplates(List<String> services, Duration retry) {
    if (services.isEmpty()) {
      return;
    }
    List<Uni<BackendCalls.Reply>> fetches = new ArrayList<>();
    for (String name : services) {
      fetches.add(calls.upkeep(name, documentPath(name), ACCEPT_JSON, TIMEOUT));
    }
    Uni.combine()
        .all()
        .unis(fetches)
        .with(
            replies -> {
              List<String> missing = new ArrayList<>();
              for (Object reply : replies) {
                BackendCalls.Reply r = (BackendCalls.Reply) reply;
                if (r.unavailable() || r.status() != 200) {
                  missing.add(r.service());
                } else {
                  learn(r.service(), parse(r.body()));
                }
              }
              return missing;
            })
        .subscribe()
        .with(
            missing -> {
              if (missing.isEmpty()) {
                later(TEMPLATES_REFRESH, () -> learnTemplates(serviceNames(), TEMPLATES_RETRY));
              } else {
                Duration next = retry.multipliedBy(2);
                later(
                    retry,
                    () ->
                        learnTemplates(
                            missing,
                            next.compareTo(TEMPLATES_RETRY_MAX) > 0 ? TEMPLATES_RETRY_MAX : next));
              }
            },
            failure -> later(TEMPLATES_RETRY_MAX, () -> learnTemplates(serviceNames(), retry)));
  }

  private void later(Duration delay, Runnable action) {
    if (stopped) {
      return;
    }
    upkeepTimer =
        vertx.setTimer(
            delay.toMillis(),
            id -> {
              if (!stopped) {
                action.run();
              }
            });
  }

  private void learn(String service, ObjectNode document) {
    List<String> paths = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(paths::add);
    templates.learn(service, paths);
  }

  private List<String> serviceNames() {
    List<String> names = new ArrayList<>(config.services().keySet());
    names.sort(String::compareTo);
    return names;
  }

  private String documentPath(String service) {
    return config.services().get(service).openapiPath() + "?format=json";
  }

  /** The merged document; {@code localPort} serves the gateway's own {@code /q/openapi}. */
  public Uni<ObjectNode> document(int localPort) {
    ObjectNode current = cached;
    if (current != null && clock.instant().isBefore(cachedUntil)) {
      return Uni.createFrom().item(current);
    }
    List<String> names = serviceNames();
    List<Uni<BackendCalls.Reply>> fetches = new ArrayList<>();
    for (String name : names) {
      fetches.add(
          calls.get(
              name,
              documentPath(name),
              ACCEPT_JSON,
              TIMEOUT,
              "gateway:openapi")); // at most one fetch a minute, whoever asks
    }
    Uni<String> own = own(localPort);
    return own.flatMap(
        ownDocument ->
            Uni.combine()
                .all()
                .unis(fetches)
                .with(
                    replies -> {
                      ObjectNode merged = parse(ownDocument);
                      List<String> missing = new ArrayList<>();
                      for (Object reply : replies) {
                        BackendCalls.Reply r = (BackendCalls.Reply) reply;
                        if (r.unavailable() || r.status() != 200) {
                          missing.add(r.service());
                          continue;
                        }
                        ObjectNode document = parse(r.body());
                        learn(r.service(), document);
                        mergeService(merged, r.service(), document);
                      }
                      describe(merged, names, missing);
                      cached = merged;
                      cachedUntil = clock.instant().plus(missing.isEmpty() ? FRESH : FRESH_PARTIAL);
                      return merged;
                    }));
  }

  private Uni<String> own(int port) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost("127.0.0.1")
            .setPort(port)
            .setURI("/q/openapi?format=json")
            .setIdleTimeout(TIMEOUT.toMillis());
    return Uni.createFrom()
        .completionStage(
            self.request(options)
                .compose(r -> r.send())
                .compose(r -> r.body())
                .map(Object::toString)
                .toCompletionStage());
  }

  void mergeService(ObjectNode merged, String service, ObjectNode document) {
    ObjectNode components = merged.withObject("components");
    ObjectNode theirs =
        document.has("components")
            ? (ObjectNode) document.get("components")
            : json.createObjectNode();
    Map<String, String> renames = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> sections = theirs.fields(); sections.hasNext(); ) {
      Map.Entry<String, JsonNode> section = sections.next();
      ObjectNode ours = components.withObject(section.getKey());
      for (Iterator<Map.Entry<String, JsonNode>> entries = section.getValue().fields();
          entries.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = entries.next();
        JsonNode existing = ours.get(entry.getKey());
        if (existing != null && !existing.equals(entry.getValue())) {
          String renamed = service + "_" + entry.getKey();
          renames.put(
              "#/components/" + section.getKey() + "/" + entry.getKey(),
              "#/components/" + section.getKey() + "/" + renamed);
        }
      }
    }
    ObjectNode rewritten =
        renames.isEmpty() ? document : (ObjectNode) rewriteRefs(document, renames);
    ObjectNode rewrittenComponents =
        rewritten.has("components")
            ? (ObjectNode) rewritten.get("components")
            : json.createObjectNode();
    rewrittenComponents
        .fields()
        .forEachRemaining(
            section -> {
              ObjectNode ours = components.withObject(section.getKey());
              section
                  .getValue()
                  .fields()
                  .forEachRemaining(
                      entry -> {
                        String key = "#/components/" + section.getKey() + "/" + entry.getKey();
                        String name =
                            renames.containsKey(key)
                                ? renames.get(key).substring(renames.get(key).lastIndexOf('/') + 1)
                                : entry.getKey();
                        ours.putIfAbsent(name, entry.getValue());
                      });
            });
    ObjectNode paths = merged.withObject("paths");
    if (rewritten.has("paths")) {
      rewritten
          .get("paths")
          .fields()
          .forEachRemaining(
              path -> {
                if (ownedBy(path.getKey(), service)) {
                  ObjectNode item = ((ObjectNode) path.getValue()).deepCopy();
                  item.put("x-oki-service", service);
                  paths.set(path.getKey(), item);
                }
              });
    }
    if (rewritten.has("tags")) {
      ArrayNode tags = merged.withArray("tags");
      rewritten
          .get("tags")
          .forEach(
              tag -> {
                boolean present = false;
                for (JsonNode t : tags) {
                  present |= t.path("name").equals(tag.path("name"));
                }
                if (!present) {
                  tags.add(tag);
                }
              });
    }
  }

  /**
   * Whether requests to {@code path} go to {@code service} (the routing table's longest prefix).
   */
  private boolean ownedBy(String path, String service) {
    return routes.match(path).filter(m -> m.service().equals(service)).isPresent();
  }

  private JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
    if (node.isObject()) {
      ObjectNode copy = json.createObjectNode();
      node.fields()
          .forEachRemaining(
              f -> {
                if (f.getKey().equals("$ref")
                    && f.getValue().isTextual()
                    && renames.containsKey(f.getValue().asText())) {
                  copy.put("$ref", renames.get(f.getValue().asText()));
                } else {
                  copy.set(f.getKey(), rewriteRefs(f.getValue(), renames));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = json.createArrayNode();
      node.forEach(element -> copy.add(rewriteRefs(element, renames)));
      return copy;
    }
    return node;
  }

  private void describe(ObjectNode merged, List<String> services, List<String> missing) {
    ObjectNode info = merged.withObject("info");
    info.put("title", "OKI Smart Regency Platform API");
    info.put(
        "description",
        "The single API of Kabupaten Ogan Komering Ilir's public services, through the gateway:"
            + " the gateway's own endpoints and those of "
            + String.join(", ", services)
            + ". Bearer tokens from Keycloak realm oki.");
    ArrayNode unavailable = info.putArray("x-oki-unavailable");
    missing.forEach(unavailable::add);
    ArrayNode servers = merged.putArray("servers");
    servers.addObject().put("url", "/").put("description", "this gateway");
  }

  private ObjectNode parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node instanceof ObjectNode object ? object : json.createObjectNode();
    } catch (Exception e) {
      return json.createObjectNode();
    }
  }
}

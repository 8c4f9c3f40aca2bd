package id.go.okikab.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.proxy.BackendCalls;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document for the whole platform: the gateway's own endpoints and, from each routed
 * service's document, the paths of the resources the service owns here. Components are merged by
 * name; a component that two services define differently is renamed {@code <service>_<name>} (with
 * its references). Cached for a minute (five seconds while a service is missing).
 */
@ApplicationScoped
public class OpenApiMerger {

  private static final Duration FRESH = Duration.ofMinutes(1);
  private static final Duration FRESH_PARTIAL = Duration.ofSeconds(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final GatewayConfig config;
  private final BackendCalls calls;
  private final ObjectMapper json;
  private final HttpClient self;
  private volatile ObjectNode cached;
  private volatile Instant cachedUntil = Instant.EPOCH;

  OpenApiMerger(GatewayConfig config, BackendCalls calls, ObjectMapper json, Vertx vertx) {
    this.config = config;
    this.calls = calls;
    this.json = json;
    this.self = vertx.createHttpClient();
  }

  /** The merged document; {@code localPort} serves the gateway's own {@code /q/openapi}. */
  public Uni<ObjectNode> document(int localPort) {
    ObjectNode current = cached;
    if (current != null && Instant.now().isBefore(cachedUntil)) {
      return Uni.createFrom().item(current);
    }
    List<String> names = new ArrayList<>(config.services().keySet());
    names.sort(String::compareTo);
    List<Uni<BackendCalls.Reply>> fetches = new ArrayList<>();
    for (String name : names) {
      fetches.add(
          calls.get(
              name,
              config.services().get(name).openapiPath() + "?format=json",
              Map.of("Accept", "application/json"),
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
                        mergeService(merged, r.service(), parse(r.body()));
                      }
                      describe(merged, names, missing);
                      cached = merged;
                      cachedUntil = Instant.now().plus(missing.isEmpty() ? FRESH : FRESH_PARTIAL);
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

  private boolean ownedBy(String path, String service) {
    if (!path.startsWith("/api/v1/")) {
      return false;
    }
    String rest = path.substring("/api/v1/".length());
    int slash = rest.indexOf('/');
    String resource = slash < 0 ? rest : rest.substring(0, slash);
    GatewayConfig.Route route = config.routes().get(resource);
    return route != null && route.service().equals(service);
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

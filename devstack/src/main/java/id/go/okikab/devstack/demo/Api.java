package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.Tokens;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's API as the demo uses it: every call through the gateway, as a named demo user with
 * a real Keycloak token (or anonymously). Waits out the gateway's rate limit (429 with {@code
 * Retry-After}) and an open circuit (503), and retries a request that never reached the gateway. A
 * refused call becomes a {@link DemoFailure} naming the request and the answer.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();

  private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);

  private final Stack stack;
  private final String base;
  private final HttpClient http;
  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private record CachedToken(String token, Instant fetchedAt) {}

  /** An answer of the platform, with the request it answers. */
  public record Response(
      String caller,
      String method,
      String url,
      String requestBody,
      int status,
      HttpHeaders headers,
      String body) {

    public JsonNode json() {
      if (body == null || body.isBlank()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return MissingNode.getInstance();
      }
    }

    /** This answer when its status is one of {@code expected}, else a {@link DemoFailure}. */
    public Response expect(int... expected) {
      for (int status : expected) {
        if (status == this.status) {
          return this;
        }
      }
      throw new DemoFailure(describe());
    }

    public boolean is(int status) {
      return this.status == status;
    }

    /** The refusal's problem type slug ({@code https://okikab.go.id/problems/<slug>}). */
    public String problem() {
      String type = json().path("type").asText("");
      return type.substring(type.lastIndexOf('/') + 1);
    }

    public String etag() {
      return headers.firstValue("ETag").orElse(null);
    }

    public String describe() {
      return "request:  "
          + method
          + " "
          + url
          + (caller == null ? " (anonymous)" : " as " + caller)
          + (requestBody == null ? "" : "\n          " + requestBody)
          + "\nresponse: "
          + status
          + (body == null || body.isBlank() ? "" : "\n          " + body);
    }
  }

  public Api(Stack stack) {
    this.stack = stack;
    int port =
        stack.services().stream()
            .filter(s -> s.name().equals("gateway"))
            .findFirst()
            .orElseThrow(() -> new DemoFailure("services.list has no gateway"))
            .port();
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public String base() {
    return base;
  }

  public HttpClient http() {
    return http;
  }

  /**
   * A demo user's access token, kept for ten minutes (Keycloak's last fifteen). One sign-in per
   * user at a time: the realm's brute-force protection takes sign-ins of one user less than a
   * second apart for an attack and disables the account for a minute.
   */
  public String token(String user) {
    synchronized (locks.computeIfAbsent(user, u -> new Object())) {
      CachedToken cached = tokens.get(user);
      if (cached != null && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())) {
        return cached.token();
      }
      try {
        String token = Tokens.of(stack, user);
        tokens.put(user, new CachedToken(token, Instant.now()));
        return token;
      } catch (IOException e) {
        throw new DemoFailure(
            "Keycloak is not reachable at " + stack.keycloakUrl() + ": " + e.getMessage(), e);
      } catch (Tokens.RefusedException e) {
        throw new DemoFailure(e.getMessage(), e);
      }
    }
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null, null, null);
  }

  public Response post(String user, String path, JsonNode body) {
    return send(user, "POST", path, body, null, null);
  }

  /**
   * A POST with an {@code Idempotency-Key} made from the caller, path and body: the same request
   * repeated (a retried load) is answered with the first answer instead of acting twice.
   */
  public Response postOnce(String user, String path, JsonNode body) {
    return send(user, "POST", path, body, key(user, path, body), null);
  }

  /** As {@link #postOnce(String, String, JsonNode)}, changing an aggregate read at {@code etag}. */
  public Response postOnce(String user, String path, JsonNode body, String etag) {
    return send(user, "POST", path, body, key(user, path, body), etag);
  }

  /** A POST that changes an aggregate read at {@code etag} ({@code If-Match}). */
  public Response post(String user, String path, JsonNode body, String etag) {
    return send(user, "POST", path, body, null, etag);
  }

  public Response send(
      String user,
      String method,
      String path,
      JsonNode body,
      String idempotencyKey,
      String ifMatch) {
    String url = path.startsWith("http") ? path : base + path;
    String text = body == null ? null : body.toString();
    int attempts = 0;
    while (true) {
      attempts++;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json");
      if (user != null) {
        request.header("Authorization", "Bearer " + token(user));
      }
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      if (text != null) {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> answer;
      try {
        answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        // safe to repeat: nothing reached the gateway, or the request is idempotent anyway
        boolean repeatable =
            e instanceof ConnectException || method.equals("GET") || idempotencyKey != null;
        if (repeatable && attempts < 4) {
          pause(Duration.ofSeconds(attempts));
          continue;
        }
        throw new DemoFailure(
            "request:  " + method + " " + url + "\nno answer from the gateway: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoFailure("interrupted", e);
      }
      int status = answer.statusCode();
      if (status == 429 && attempts < 40) {
        long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        pause(Duration.ofSeconds(Math.max(1, Math.min(10, seconds))));
        continue;
      }
      if ((status == 503 || status == 502) && attempts < 6) {
        pause(Duration.ofSeconds(2));
        continue;
      }
      return new Response(user, method, url, text, status, answer.headers(), answer.body());
    }
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  private static String key(String user, String path, JsonNode body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          (user + " " + path + " " + (body == null ? "" : body.toString()))
              .getBytes(StandardCharsets.UTF_8));
      return "oki-demo-" + HexFormat.of().formatHex(sha.digest()).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure("interrupted", e);
    }
  }
}

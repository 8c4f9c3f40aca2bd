package id.go.okikab.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Users of realm {@code oki} in the local platform's Keycloak, made through its admin API with the
 * development bootstrap administrator ({@code admin}/{@code admin}), like the realm file's demo
 * users: enabled, one realm role, attributes such as {@code nik} or {@code facility}, password
 * {@code oki-demo}. For the demo data (midwives of every puskesmas) and the system tests (citizens
 * of their own); never for a production realm. Failures are {@link IllegalStateException}s with
 * Keycloak's status and answer.
 */
public final class KeycloakAdmin {

  /** The password of every development user, as in the realm file. */
  public static final String DEMO_PASSWORD = "oki-demo";

  /** A user to have in realm {@code oki}. */
  public record User(
      String username,
      String firstName,
      String lastName,
      String email,
      String realmRole,
      Map<String, String> attributes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final HttpClient http;
  private final String token;

  private KeycloakAdmin(Stack stack, HttpClient http, String token) {
    this.stack = stack;
    this.http = http;
    this.token = token;
  }

  /** Signs the development administrator in to the stack's Keycloak. */
  public static KeycloakAdmin signIn(Stack stack, HttpClient http) {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
    HttpResponse<String> answer =
        call(
            http,
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak's development administrator (admin/admin) could not sign in: "
              + answer.statusCode()
              + " "
              + answer.body());
    }
    return new KeycloakAdmin(stack, http, json(answer.body()).path("access_token").asText());
  }

  /** Creates the user unless one with that username exists; true when it was created now. */
  public boolean ensure(User user) {
    String users = stack.keycloakUrl() + "/admin/realms/oki/users";
    HttpResponse<String> found =
        send(
            "GET",
            users
                + "?exact=true&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8),
            null);
    if (found.statusCode() == 200 && json(found.body()).size() > 0) {
      return false;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("username", user.username());
    body.put("enabled", true);
    body.put("email", user.email());
    body.put("emailVerified", true);
    body.put("firstName", user.firstName());
    body.put("lastName", user.lastName());
    ObjectNode attributes = body.putObject("attributes");
    user.attributes().forEach((name, value) -> attributes.putArray(name).add(value));
    ObjectNode credential = body.putArray("credentials").addObject();
    credential.put("type", "password");
    credential.put("value", DEMO_PASSWORD);
    credential.put("temporary", false);
    HttpResponse<String> created = send("POST", users, body.toString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Keycloak did not create "
              + user.username()
              + ": "
              + created.statusCode()
              + " "
              + created.body());
    }
    String role =
        send("GET", stack.keycloakUrl() + "/admin/realms/oki/roles/" + user.realmRole(), null)
            .body();
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> mapped = send("POST", location + "/role-mappings/realm", "[" + role + "]");
    if (mapped.statusCode() != 204) {
      throw new IllegalStateException(
          "Keycloak did not give "
              + user.username()
              + " the role "
              + user.realmRole()
              + ": "
              + mapped.statusCode()
              + " "
              + mapped.body());
    }
    return true;
  }

  private HttpResponse<String> send(String method, String url, String body) {
    return call(
        http,
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> call(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak answered something else than JSON: " + body, e);
    }
  }
}

package id.go.okikab.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.devstack.Stack;
import id.go.okikab.platform.testing.KeycloakTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Citizens of the system tests as real Keycloak users of realm {@code oki}, created through
 * Keycloak's admin API (the development bootstrap administrator) with their NIK as the {@code nik}
 * attribute the frontend client puts into tokens — so every test has people of its own and does not
 * depend on the demo users' records.
 */
final class KeycloakUsers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private KeycloakUsers() {}

  /** Creates an enabled user with role {@code citizen}, the demo password and this NIK. */
  static void createCitizen(Stack stack, String username, String nik) {
    String admin = adminToken(stack);
    String users = stack.keycloakUrl() + "/admin/realms/oki/users";
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "email",
            username + "@warga.example",
            "emailVerified",
            true,
            "firstName",
            "Warga",
            "lastName",
            "Uji",
            "attributes",
            Map.of("nik", List.of(nik)),
            "credentials",
            List.of(
                Map.of(
                    "type",
                    "password",
                    "value",
                    KeycloakTokens.DEMO_PASSWORD,
                    "temporary",
                    false)));
    HttpResponse<String> created = send(admin, "POST", users, write(user));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Keycloak did not create "
              + username
              + ": "
              + created.statusCode()
              + " "
              + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    String role =
        send(admin, "GET", stack.keycloakUrl() + "/admin/realms/oki/roles/citizen", null).body();
    HttpResponse<String> mapped =
        send(admin, "POST", location + "/role-mappings/realm", "[" + role + "]");
    if (mapped.statusCode() != 204) {
      throw new IllegalStateException(
          "Keycloak did not give " + username + " the citizen role: " + mapped.body());
    }
  }

  private static String adminToken(Stack stack) {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode("admin", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        call(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak admin login: " + response.body());
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      return body.path("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(String token, String method, String url, String body) {
    return call(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> call(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package id.go.okikab.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from the local platform's Keycloak: a demo user's (password grant of the frontend
 * client, development realm only) or an agency client's (client credentials with the realm file's
 * development secret). For {@code ./oki token} and the system tests.
 */
public final class Tokens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Keycloak said no: its status and answer. */
  public static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  private Tokens() {}

  /** The access token of {@code who}: a demo user or a client-credentials client. */
  public static String of(Stack stack, String who) throws IOException {
    JsonNode realm = JSON.readTree(stack.root().resolve("deploy/keycloak/oki-realm.json").toFile());
    JsonNode client = null;
    for (JsonNode c : realm.path("clients")) {
      if (c.path("clientId").asText().equals(who) && c.path("serviceAccountsEnabled").asBoolean()) {
        client = c;
      }
    }
    Map<String, String> form =
        client != null
            ? Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                who,
                "client_secret",
                client.path("secret").asText())
            : Map.of(
                "grant_type", "password",
                "client_id", "oki-web",
                "username", who,
                "password", KeycloakAdmin.DEMO_PASSWORD,
                "scope", "openid");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response;
    try {
      response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                  .timeout(Duration.ofSeconds(15))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (response.statusCode() != 200) {
      throw new RefusedException(
          "Keycloak refused " + who + " (" + response.statusCode() + "): " + response.body());
    }
    return JSON.readTree(response.body()).path("access_token").asText();
  }
}

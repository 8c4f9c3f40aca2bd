package id.go.okikab.platform.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test JVM's Keycloak ({@link TestServers#keycloak()}, realm {@code
 * oki} from {@code deploy/keycloak/oki-realm.json}), for integration tests that run with {@link
 * KeycloakResource}. Most tests need no server and use {@link TestTokens} instead.
 *
 * <pre>
 * String token = KeycloakTokens.password("warga1");
 * String agency = KeycloakTokens.clientCredentials(KeycloakTokens.AGENCY_VERIFIER, KeycloakTokens.AGENCY_VERIFIER_SECRET);
 * </pre>
 *
 * <p>The password grant and the client secrets exist in the development realm only.
 */
public final class KeycloakTokens {

  /** The password of every demo user of the development realm. */
  public static final String DEMO_PASSWORD = "oki-demo";

  /** The public frontend client; its password grant is enabled in the development realm only. */
  public static final String FRONTEND_CLIENT = TestTokens.FRONTEND_CLIENT;

  public static final String AGENCY_VERIFIER = "agency-verifier";
  public static final String AGENCY_VERIFIER_SECRET = "dev-only-agency-verifier-secret";
  public static final String PAYMENT_PROVIDER = "payment-provider";
  public static final String PAYMENT_PROVIDER_SECRET = "dev-only-payment-provider-secret";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private KeycloakTokens() {}

  /** Keycloak refused to issue a token; carries its HTTP status and response body. */
  public static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    RefusedException(String what, int status, String body) {
      super("Keycloak refused " + what + ": HTTP " + status + " " + body);
      this.status = status;
      this.body = body;
    }

    public int status() {
      return status;
    }

    public String body() {
      return body;
    }
  }

  /** An access token for a demo user (password {@value #DEMO_PASSWORD}, client oki-web). */
  public static String password(String username) {
    return password(username, DEMO_PASSWORD);
  }

  /** An access token by the password grant of client {@code oki-web}. */
  public static String password(String username, String password) {
    return token(
        "a password-grant token for " + username,
        Map.of(
            "grant_type", "password",
            "client_id", FRONTEND_CLIENT,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  /** An access token by the client-credentials grant (the client's service account). */
  public static String clientCredentials(String clientId, String secret) {
    return token(
        "a client-credentials token for " + clientId,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", clientId,
            "client_secret", secret));
  }

  /**
   * The claims of a JWT's payload. The signature is not checked: this is for assertions on tokens
   * the test has just fetched from Keycloak.
   */
  public static Map<String, Object> claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a JWS compact serialization");
    }
    try {
      return JSON.readValue(
          Base64.getUrlDecoder().decode(parts[1]),
          new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("JWT payload is not JSON", e);
    }
  }

  private static String token(String what, Map<String, String> form) {
    URI endpoint = URI.create(TestServers.keycloak().realmUrl() + "/protocol/openid-connect/token");
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach Keycloak at " + endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() != 200) {
      throw new RefusedException(what, response.statusCode(), response.body());
    }
    try {
      JsonNode token = JSON.readTree(response.body()).path("access_token");
      if (!token.isTextual()) {
        throw new RefusedException(what, response.statusCode(), response.body());
      }
      return token.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Keycloak's token response is not JSON: " + response.body(), e);
    }
  }
}

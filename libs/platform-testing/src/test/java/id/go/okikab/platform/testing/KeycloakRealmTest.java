package id.go.okikab.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realm file {@code deploy/keycloak/oki-realm.json} imported into the real Keycloak
 * distribution gives every demo user and agency client the token the services expect.
 */
class KeycloakRealmTest {

  private static final Logger LOG = Logger.getLogger(KeycloakRealmTest.class);

  /** Roles Keycloak grants through {@code default-roles-oki}; not part of the platform's model. */
  private static final Set<String> KEYCLOAK_DEFAULT_ROLES =
      Set.of("default-roles-oki", "offline_access", "uma_authorization");

  record DemoUser(String username, Set<String> roles, String nik, String facility) {
    @Override
    public String toString() {
      return username;
    }
  }

  static List<DemoUser> demoUsers() {
    return List.of(
        new DemoUser("warga1", Set.of("citizen"), "1602055708900001", null),
        new DemoUser("warga2", Set.of("citizen"), "1602130501010003", null),
        new DemoUser("umkm1", Set.of("citizen", "merchant"), "1602035203850002", null),
        new DemoUser("bidan1", Set.of("health-officer"), null, "P-160205"),
        new DemoUser("dukcapil1", Set.of("registry-officer"), null, null),
        new DemoUser("bapenda1", Set.of("tax-officer"), null, null),
        new DemoUser("dpmptsp1", Set.of("permit-officer"), null, null),
        new DemoUser("koperasi1", Set.of("marketplace-admin"), null, null),
        new DemoUser("kominfo1", Set.of("operator"), null, null),
        new DemoUser("admin1", Set.of("admin"), null, null));
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static TestServers.Keycloak keycloak;

  @BeforeAll
  static void startKeycloak() {
    long started = System.nanoTime();
    keycloak = TestServers.keycloak();
    LOG.infof(
        "Keycloak for KeycloakRealmTest available after %d ms",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  @Test
  void everyDemoUserOfTheRealmFileIsCoveredHere() throws Exception {
    JsonNode realm = JSON.readTree(TestServers.realmFile().toFile());
    Set<String> people =
        StreamSupport.stream(realm.path("users").spliterator(), false)
            .filter(user -> !user.has("serviceAccountClientId"))
            .map(user -> user.path("username").asText())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        demoUsers().stream().map(DemoUser::username).collect(Collectors.toCollection(TreeSet::new)),
        people);
  }

  @ParameterizedTest
  @MethodSource("demoUsers")
  void demoUserGetsATokenWithTheirRolesAndClaims(DemoUser user) {
    Map<String, Object> claims = KeycloakTokens.claims(KeycloakTokens.password(user.username()));

    assertEquals(user.roles(), platformRoles(claims), "realm roles");
    assertEquals(keycloak.issuer(), claims.get("iss"));
    assertEquals("http://localhost:", keycloak.issuer().substring(0, 17), "issuer host");
    assertTrue(audience(claims).contains(TestTokens.AUDIENCE), "aud " + claims.get("aud"));
    assertEquals(user.username(), claims.get("preferred_username"));
    assertEquals(TestTokens.FRONTEND_CLIENT, claims.get("azp"));
    assertFalse(String.valueOf(claims.getOrDefault("sub", "")).isBlank(), "sub");
    assertEquals(user.nik(), claims.get("nik"), "nik");
    assertEquals(user.facility(), claims.get("facility"), "facility");
    assertNotNull(claims.get("email"), "email");
    assertNotNull(claims.get("given_name"), "given_name");
  }

  @Test
  void nikReachesTheIdTokenAndUserinfoToo() throws Exception {
    HttpResponse<String> tokens =
        postForm(
            keycloak.realmUrl() + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", TestTokens.FRONTEND_CLIENT,
                "username", "warga1",
                "password", KeycloakTokens.DEMO_PASSWORD,
                "scope", "openid"));
    assertEquals(200, tokens.statusCode(), tokens.body());
    JsonNode body = JSON.readTree(tokens.body());
    Map<String, Object> idToken = KeycloakTokens.claims(body.path("id_token").asText());
    assertEquals("1602055708900001", idToken.get("nik"));

    HttpResponse<String> userinfo =
        get(
            keycloak.realmUrl() + "/protocol/openid-connect/userinfo",
            body.path("access_token").asText());
    assertEquals(200, userinfo.statusCode(), userinfo.body());
    assertEquals("1602055708900001", JSON.readTree(userinfo.body()).path("nik").asText());
  }

  @Test
  void frontendClientUsesTheCodeFlowWithPkceAndLocalRedirectsOnly() throws Exception {
    String auth =
        keycloak.realmUrl()
            + "/protocol/openid-connect/auth?client_id=oki-web&response_type=code&scope=openid"
            + "&state=s1&redirect_uri=";
    String pkce = "&code_challenge_method=S256&code_challenge=" + "a".repeat(43);
    String local = URLEncoder.encode("http://localhost:5173/callback", StandardCharsets.UTF_8);

    HttpResponse<String> loginPage = get(auth + local + pkce, null);
    assertEquals(200, loginPage.statusCode(), "login page");

    HttpResponse<String> withoutPkce = get(auth + local, null);
    assertEquals(302, withoutPkce.statusCode());
    String location = withoutPkce.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("error=invalid_request"), location);

    String foreign = URLEncoder.encode("https://evil.example/callback", StandardCharsets.UTF_8);
    assertEquals(400, get(auth + foreign + pkce, null).statusCode(), "foreign redirect_uri");
  }

  @Test
  void userProfileDeclaresNikAndFacilityEditableByAdminsOnly() throws Exception {
    HttpResponse<String> response =
        get(keycloak.url() + "/admin/realms/oki/users/profile", adminToken());
    assertEquals(200, response.statusCode(), response.body());
    Map<String, JsonNode> attributes = new HashMap<>();
    JSON.readTree(response.body())
        .path("attributes")
        .forEach(attribute -> attributes.put(attribute.path("name").asText(), attribute));
    assertEquals(
        Set.of("username", "email", "firstName", "lastName", "nik", "facility"),
        attributes.keySet());
    JsonNode nik = attributes.get("nik");
    assertEquals("^[0-9]{16}$", nik.path("validations").path("pattern").path("pattern").asText());
    for (String name : List.of("nik", "facility")) {
      JsonNode permissions = attributes.get(name).path("permissions");
      assertEquals("[\"admin\"]", permissions.path("edit").toString(), name + " edit");
      assertTrue(permissions.path("view").toString().contains("\"user\""), name + " view");
    }
  }

  @Test
  void theUserProfileRejectsAMalformedNik() throws Exception {
    String admin = adminToken();
    HttpResponse<String> found =
        get(keycloak.url() + "/admin/realms/oki/users?exact=true&username=warga2", admin);
    JsonNode warga2 = JSON.readTree(found.body()).path(0);
    String update =
        "{\"username\":\"warga2\",\"email\":\"warga2@example.okikab.go.id\","
            + "\"firstName\":\"Ahmad\",\"lastName\":\"Fauzi\","
            + "\"attributes\":{\"nik\":[\"16021305010100\"]}}";
    HttpResponse<String> refused =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        keycloak.url() + "/admin/realms/oki/users/" + warga2.path("id").asText()))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("nik"), refused.body());
    assertEquals(
        "1602130501010003",
        KeycloakTokens.claims(KeycloakTokens.password("warga2")).get("nik"),
        "unchanged");
  }

  @Test
  void agencyVerifierGetsAClientCredentialsToken() {
    assertServiceAccountToken(
        KeycloakTokens.AGENCY_VERIFIER, KeycloakTokens.AGENCY_VERIFIER_SECRET, "agency-verifier");
  }

  @Test
  void paymentProviderGetsAClientCredentialsToken() {
    assertServiceAccountToken(
        KeycloakTokens.PAYMENT_PROVIDER,
        KeycloakTokens.PAYMENT_PROVIDER_SECRET,
        "payment-provider");
  }

  @Test
  void wrongPasswordIsRefused() {
    KeycloakTokens.RefusedException refused =
        assertThrows(
            KeycloakTokens.RefusedException.class,
            () -> KeycloakTokens.password("warga2", "not-the-password"));
    // Keycloak 26 answers a wrong password with 400 invalid_grant (RFC 6749 section 5.2), not 401
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("invalid_grant"), refused.body());
    assertTrue(refused.getMessage().contains("warga2"), refused.getMessage());
  }

  @Test
  void wrongClientSecretIsRefused() {
    KeycloakTokens.RefusedException refused =
        assertThrows(
            KeycloakTokens.RefusedException.class,
            () -> KeycloakTokens.clientCredentials(KeycloakTokens.AGENCY_VERIFIER, "guessed"));
    assertEquals(401, refused.status());
  }

  @Test
  void publicFrontendClientHasNoServiceAccount() {
    KeycloakTokens.RefusedException refused =
        assertThrows(
            KeycloakTokens.RefusedException.class,
            () -> KeycloakTokens.clientCredentials("oki-web", "whatever"));
    assertTrue(refused.status() == 400 || refused.status() == 401, refused.getMessage());
  }

  private static void assertServiceAccountToken(String clientId, String secret, String role) {
    Map<String, Object> claims =
        KeycloakTokens.claims(KeycloakTokens.clientCredentials(clientId, secret));
    assertEquals(Set.of(role), platformRoles(claims), "realm roles");
    assertTrue(audience(claims).contains(TestTokens.AUDIENCE), "aud " + claims.get("aud"));
    assertEquals(keycloak.issuer(), claims.get("iss"));
    assertEquals(clientId, claims.get("azp"));
    assertEquals(clientId, claims.get("client_id"));
    assertEquals("service-account-" + clientId, claims.get("preferred_username"));
    assertFalse(String.valueOf(claims.getOrDefault("sub", "")).isBlank(), "sub");
    assertFalse(claims.containsKey("nik"), "no nik for a machine");
  }

  /**
   * A master-realm admin token with the bootstrap admin of development Keycloaks (admin/admin); the
   * test is skipped for an external Keycloak with other credentials.
   */
  private static String adminToken() throws Exception {
    HttpResponse<String> response =
        postForm(
            keycloak.url() + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
    assumeTrue(response.statusCode() == 200, "no admin/admin on this Keycloak: " + response.body());
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> postForm(String url, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Set<String> platformRoles(Map<String, Object> claims) {
    Object realmAccess = claims.get("realm_access");
    assertTrue(realmAccess instanceof Map, "realm_access missing: " + claims);
    Object roles = ((Map<?, ?>) realmAccess).get("roles");
    Set<String> result = new HashSet<>();
    for (Object role : (Collection<?>) roles) {
      result.add((String) role);
    }
    result.removeAll(KEYCLOAK_DEFAULT_ROLES);
    return result;
  }

  private static Set<String> audience(Map<String, Object> claims) {
    Object aud = claims.get("aud");
    if (aud instanceof String single) {
      return Set.of(single);
    }
    Set<String> result = new HashSet<>();
    if (aud instanceof Collection<?> many) {
      many.forEach(a -> result.add(String.valueOf(a)));
    }
    return result;
  }
}

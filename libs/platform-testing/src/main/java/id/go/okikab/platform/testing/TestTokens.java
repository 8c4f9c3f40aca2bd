package id.go.okikab.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mints bearer tokens shaped like the access tokens of Keycloak realm {@code oki} ({@code iss},
 * {@code aud}, {@code sub}, {@code azp}, {@code realm_access.roles}, {@code preferred_username},
 * {@code nik} for citizens), signed with the test key that every service's {@code %test} profile
 * trusts. Signature, issuer, audience and role mapping are therefore verified for real.
 *
 * <pre>
 * String token = TestTokens.user("bidan1").roles("health-officer").claim("facility", "P-1602-05").mint();
 * given().auth().oauth2(token)...
 * </pre>
 */
public final class TestTokens {

  public static final String ISSUER = "https://sso.test.okikab.go.id/realms/oki";
  public static final String AUDIENCE = "oki-api";
  public static final String FRONTEND_CLIENT = "oki-web";

  private static PrivateKey signingKey;

  private final Map<String, Object> claims = new LinkedHashMap<>();
  private Set<String> roles = Set.of();
  private String issuer = ISSUER;
  private List<String> audience = List.of(AUDIENCE);
  private long lifetimeSeconds = 300;

  private TestTokens() {}

  /** A person signed in through the frontend client. */
  public static TestTokens user(String username) {
    TestTokens tokens = new TestTokens();
    tokens.claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)));
    tokens.claims.put("preferred_username", username);
    tokens.claims.put("azp", FRONTEND_CLIENT);
    tokens.claims.put("given_name", username);
    tokens.claims.put("email", username + "@example.okikab.go.id");
    return tokens;
  }

  /** A citizen with their NIK (realm role {@code citizen}). */
  public static TestTokens citizen(String username, String nik) {
    return user(username).roles("citizen").nik(nik);
  }

  /** An agency system using the client-credentials grant (a Keycloak service account). */
  public static TestTokens client(String clientId) {
    TestTokens tokens = new TestTokens();
    String username = "service-account-" + clientId;
    tokens.claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)));
    tokens.claims.put("preferred_username", username);
    tokens.claims.put("azp", clientId);
    tokens.claims.put("client_id", clientId);
    return tokens;
  }

  public TestTokens roles(String... roles) {
    this.roles = Set.of(roles);
    return this;
  }

  public TestTokens nik(String nik) {
    claims.put("nik", nik);
    return this;
  }

  public TestTokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  /** For negative tests: a token from another issuer. */
  public TestTokens issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  /** For negative tests: a token for another audience. */
  public TestTokens audience(String... audience) {
    this.audience = List.of(audience);
    return this;
  }

  /** For negative tests: a negative lifetime gives an expired token. */
  public TestTokens lifetimeSeconds(long seconds) {
    this.lifetimeSeconds = seconds;
    return this;
  }

  /** The signed token (RS256). */
  public String mint() {
    long now = System.currentTimeMillis() / 1000;
    JwtClaimsBuilder builder =
        Jwt.claims()
            .issuer(issuer)
            .audience(Set.copyOf(audience))
            .issuedAt(now)
            .expiresAt(now + lifetimeSeconds)
            .claim("jti", UUID.randomUUID().toString())
            .claim("typ", "Bearer")
            .claim("scope", "openid profile email")
            .claim("realm_access", Map.of("roles", List.copyOf(roles)));
    claims.forEach(
        (name, value) -> builder.claim(name, value instanceof UUID ? value.toString() : value));
    return builder.jws().keyId("oki-test").sign(signingKey());
  }

  private static synchronized PrivateKey signingKey() {
    if (signingKey == null) {
      try (InputStream in =
          TestTokens.class.getClassLoader().getResourceAsStream("oki-test-keys/private-key.pem")) {
        if (in == null) {
          throw new IllegalStateException("oki-test-keys/private-key.pem is not on the classpath");
        }
        String pem =
            new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        signingKey =
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return signingKey;
  }
}

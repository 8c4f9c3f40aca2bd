package id.go.okikab.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's OIDC tenant at a real Keycloak with realm {@code oki} ({@link
 * TestServers#keycloak()}): one server per test JVM, or the one at {@code OKI_TEST_KEYCLOAK_URL}.
 * Get tokens with {@link KeycloakTokens}.
 *
 * <p>It replaces the test-key settings that {@code META-INF/microprofile-config.properties} of this
 * module gives every service: {@code quarkus.oidc.public-key} is returned as an empty value, which
 * unsets it (SmallRye Config takes the value of the highest-ordinal source, and an empty value
 * counts as "not set"), so the service discovers Keycloak's keys; {@code quarkus.oidc.token.issuer}
 * becomes Keycloak's issuer. The audience ({@code oki-api}) stays as configured. Tokens minted by
 * {@link TestTokens} are therefore rejected while this resource is active.
 *
 * <pre>
 * &#64;WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
 * </pre>
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    TestServers.Keycloak keycloak = TestServers.keycloak();
    return Map.of(
        "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
        "quarkus.oidc.token.issuer", keycloak.issuer(),
        "quarkus.oidc.public-key", "");
  }

  @Override
  public void stop() {
    // the server lives as long as the test JVM (TestServers stops it at exit)
  }
}

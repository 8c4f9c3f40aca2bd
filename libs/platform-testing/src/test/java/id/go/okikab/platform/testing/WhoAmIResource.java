package id.go.okikab.platform.testing;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A protected endpoint of the small test application that exercises {@link KeycloakResource}. */
@Path("/whoami")
@Authenticated
public class WhoAmIResource {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken token;

  @GET
  public Map<String, Object> whoAmI() {
    return Map.of(
        "name", identity.getPrincipal().getName(),
        "roles", new TreeSet<>(identity.getRoles()),
        "nik", String.valueOf(token.<Object>getClaim("nik")));
  }

  @GET
  @Path("/citizen")
  @RolesAllowed("citizen")
  public String citizenOnly() {
    return "hello " + token.getName();
  }
}

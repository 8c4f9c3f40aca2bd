package id.go.okikab.platform.web.testapp;

import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.DependencyUnavailableException;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;

/** Endpoints that fail in the ways the problem mapper must handle. */
@Path("/api/v1/failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailureResource {

  private final CallerIdentity caller;

  public FailureResource(CallerIdentity caller) {
    this.caller = caller;
  }

  @GET
  @Path("/internal")
  @PermitAll
  public String internal() {
    throw new IllegalStateException(
        "SELECT nik FROM penduduk WHERE password = 'hunter2' -- org.example.SecretDao");
  }

  @GET
  @Path("/dependency")
  @PermitAll
  public String dependency() {
    throw new DependencyUnavailableException("dukcapil-national");
  }

  @GET
  @Path("/jdbc-connection")
  @PermitAll
  public String jdbcConnection() {
    throw new JDBCConnectionException(
        "could not connect", new SQLException("Connection refused", "08001"));
  }

  @GET
  @Path("/sql-transient")
  @PermitAll
  public String sqlTransient() throws SQLException {
    throw new SQLTransientConnectionException("Acquisition timeout");
  }

  @GET
  @Path("/stale")
  @PermitAll
  public String stale() {
    throw new StaleObjectStateException("Thing", "42");
  }

  @GET
  @Path("/admin")
  @RolesAllowed("admin")
  public Map<String, String> adminOnly() {
    return Map.of("ok", "admin");
  }

  @GET
  @Path("/owner-check")
  @Authenticated
  public Map<String, String> ownerCheck() {
    if (!caller.hasRole("admin")) {
      throw new ForbiddenProblem("Only the owner may see this.");
    }
    return Map.of("ok", "owner");
  }

  @GET
  @Path("/public")
  @PermitAll
  public Map<String, String> open() {
    return Map.of("ok", "public");
  }
}

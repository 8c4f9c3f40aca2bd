package id.go.okikab.gateway.api;

import id.go.okikab.gateway.service.DashboardQueries;
import id.go.okikab.gateway.service.ReadModelRebuild;
import id.go.okikab.platform.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regency dashboard (a read model built from the services' events) and read-model upkeep. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Read models",
    description = "Citizen timeline and regency dashboard, built from events")
public class DashboardResource {

  private final DashboardQueries dashboard;
  private final ReadModelRebuild rebuild;

  DashboardResource(DashboardQueries dashboard, ReadModelRebuild rebuild) {
    this.dashboard = dashboard;
    this.rebuild = rebuild;
  }

  @GET
  @Path("/dashboard")
  @RolesAllowed({"operator", "admin", "registry-officer", "health-officer"})
  @Operation(summary = "Regency figures per kecamatan and month")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "400", description = "Bad period or kecamatan")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an officer or operator")
  public DashboardQueries.Dashboard dashboard(
      @QueryParam("from") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be YYYY-MM")
          String from,
      @QueryParam("to") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be YYYY-MM")
          String to,
      @QueryParam("kecamatan")
          @Pattern(regexp = "\\d{6}", message = "must be a 6-digit Kemendagri code")
          String kecamatan) {
    return dashboard.figures(from, to, kecamatan);
  }

  @POST
  @Path("/read-models/rebuild")
  @Idempotent
  @RolesAllowed("admin")
  @Operation(summary = "Empty the read models and replay every topic from the beginning")
  @APIResponse(responseCode = "202", description = "Replay started")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Response rebuild() {
    return Response.accepted(rebuild.rebuild()).build();
  }
}

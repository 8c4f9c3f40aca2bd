package id.go.okikab.gateway.api;

import id.go.okikab.gateway.service.DashboardQueries;
import id.go.okikab.gateway.service.ReadModelRebuild;
import id.go.okikab.platform.domain.OkiKecamatan;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ValidationProblem;
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
import java.util.ArrayList;
import java.util.List;
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

  /** {@code YYYY-MM}, years 1900–2100 (the read models hold no other). */
  static final String MONTH = "(19\\d{2}|20\\d{2}|2100)-(0[1-9]|1[0-2])";

  static final String MONTH_MESSAGE = "must be YYYY-MM with a year from 1900 to 2100";

  private final DashboardQueries dashboard;
  private final ReadModelRebuild rebuild;

  DashboardResource(DashboardQueries dashboard, ReadModelRebuild rebuild) {
    this.dashboard = dashboard;
    this.rebuild = rebuild;
  }

  @GET
  @Path("/dashboard")
  @RolesAllowed({
    "operator",
    "admin",
    "registry-officer",
    "health-officer",
    "tax-officer",
    "permit-officer",
    "marketplace-admin"
  })
  @Operation(summary = "Regency figures per kecamatan and month")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(
      responseCode = "400",
      description =
          "Bad period (YYYY-MM, years 1900-2100, from not after to) or not a kecamatan of OKI")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Not an officer or operator")
  public DashboardQueries.Dashboard dashboard(
      @QueryParam("from") @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
      @QueryParam("to") @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to,
      @QueryParam("kecamatan")
          @Pattern(regexp = "\\d{6}", message = "must be a 6-digit Kemendagri code")
          String kecamatan) {
    List<FieldError> errors = new ArrayList<>();
    if (from != null && to != null && from.compareTo(to) > 0) {
      errors.add(new FieldError("from", "must not be after to"));
    }
    if (kecamatan != null && !OkiKecamatan.isKnown(kecamatan)) {
      errors.add(new FieldError("kecamatan", "must be a kecamatan of Ogan Komering Ilir"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return dashboard.figures(from, to, kecamatan);
  }

  @POST
  @Path("/read-models/rebuild")
  @Idempotent
  @RolesAllowed("admin")
  @Operation(summary = "Empty the read models and replay every topic from the beginning")
  @APIResponse(responseCode = "202", description = "Replay started")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Response rebuild() {
    return Response.accepted(rebuild.rebuild()).build();
  }
}

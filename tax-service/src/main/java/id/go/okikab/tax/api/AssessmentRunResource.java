package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.AssessmentRunViews.AssessmentRunView;
import id.go.okikab.tax.service.AssessmentRunViews.StartRun;
import id.go.okikab.tax.service.AssessmentRuns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The yearly SPPT batch: start it, watch its progress. */
@Path("/api/v1/assessment-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SPPT batch")
public class AssessmentRunResource {

  private final AssessmentRuns runs;

  public AssessmentRunResource(AssessmentRuns runs) {
    this.runs = runs;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Start the SPPT batch of a tax year (tax officer)",
      description =
          "Runs in the background, resumable; a rerun assesses only what is not yet assessed"
              + " and publishes nothing for the rest.")
  @APIResponse(responseCode = "202", description = "Started; Location is its progress")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "A batch of the year is running")
  @APIResponse(responseCode = "422", description = "tax-year-unknown (taxYear)")
  public Response start(@Valid @NotNull StartRun request) {
    AssessmentRunView run = runs.start(request.taxYear());
    return Response.accepted(run)
        .location(URI.create("/api/v1/assessment-runs/" + run.id()))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Progress of a batch: done/total, issued, errors")
  @APIResponse(responseCode = "200", description = "The batch")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public AssessmentRunView get(@PathParam("id") UUID id) {
    return runs.get(id);
  }
}

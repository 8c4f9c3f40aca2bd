package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.BphtbService;
import id.go.okikab.tax.service.BphtbService.DeclarationView;
import id.go.okikab.tax.service.BphtbService.Declare;
import id.go.okikab.tax.service.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** BPHTB declarations (SSPD) and their validation by Bapenda. */
@Path("/api/v1/bphtb-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BPHTB")
public class BphtbResource {

  private final BphtbService service;

  public BphtbResource(BphtbService service) {
    this.service = service;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "Declare a BPHTB acquisition; billed at once")
  @APIResponse(responseCode = "201", description = "Declared; TaxReturnFiled and BillIssued")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = "Another taxpayer's (a citizen)")
  @APIResponse(
      responseCode = "422",
      description = "unknown-taxpayer, unknown-tax-object, tax-year-unknown")
  public Response declare(@Valid @NotNull Declare request) {
    Versioned<DeclarationView> v = service.declare(request);
    return Responses.created("/api/v1/bphtb-declarations/" + v.view().id(), v);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One declaration; ETag is its version")
  @APIResponse(responseCode = "200", description = "The declaration")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return Responses.ok(service.get(id));
  }

  @POST
  @Path("/{id}/validation")
  @Idempotent
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Validate a declaration (tax officer, If-Match)")
  @APIResponse(responseCode = "200", description = "Validated")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "declaration-validated")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response validate(
      @PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
    return Responses.ok(service.validate(id, ifMatch));
  }
}

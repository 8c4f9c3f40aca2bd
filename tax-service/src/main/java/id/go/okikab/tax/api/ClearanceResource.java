package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.ClearanceService;
import id.go.okikab.tax.service.ClearanceService.ClearanceView;
import id.go.okikab.tax.service.ClearanceService.RequestClearance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tax clearances (keterangan bebas tunggakan). */
@Path("/api/v1/tax-clearances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tax clearances")
public class ClearanceResource {

  private final ClearanceService service;

  public ClearanceResource(ClearanceService service) {
    this.service = service;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "Issue a clearance to a taxpayer without overdue bills")
  @APIResponse(responseCode = "201", description = "Issued; TaxClearanceIssued published")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = "A citizen asking for another's")
  @APIResponse(
      responseCode = "422",
      description = "tax-arrears-outstanding, unknown-taxpayer (taxpayerId)")
  public Response issue(@Valid @NotNull RequestClearance request) {
    ClearanceView c = service.issue(request);
    return Response.created(URI.create("/api/v1/tax-clearances/" + c.id())).entity(c).build();
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "A taxpayer's clearances, newest first")
  @APIResponse(responseCode = "200", description = "A page of clearances")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Page<ClearanceView> list(
      @QueryParam("taxpayerId") @NotNull UUID taxpayerId, @Valid @BeanParam PageRequest paging) {
    return service.list(taxpayerId, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One clearance")
  @APIResponse(responseCode = "200", description = "The clearance")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public ClearanceView get(@PathParam("id") UUID id) {
    return service.get(id);
  }
}

package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.TaxReturnService;
import id.go.okikab.tax.service.TaxReturnService.AmendReturn;
import id.go.okikab.tax.service.TaxReturnService.FileReturn;
import id.go.okikab.tax.service.TaxReturnService.TaxReturnView;
import id.go.okikab.tax.service.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PBJT monthly returns (SPTPD) and their amendments. */
@Path("/api/v1/tax-returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tax returns")
public class TaxReturnResource {

  private final TaxReturnService service;

  public TaxReturnResource(TaxReturnService service) {
    this.service = service;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "File a PBJT return (the taxpayer or a tax officer); its bill follows")
  @APIResponse(responseCode = "201", description = "Filed; TaxReturnFiled and BillIssued published")
  @APIResponse(responseCode = "400", description = "A future period, a fractional or negative base")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = "Another taxpayer's (a citizen)")
  @APIResponse(responseCode = "409", description = "A return of the period exists")
  @APIResponse(responseCode = "422", description = "unknown-taxpayer, tax-year-unknown")
  public Response file(@Valid @NotNull FileReturn request) {
    Versioned<TaxReturnView> v = service.file(request);
    return Responses.created("/api/v1/tax-returns/" + v.view().id(), v);
  }

  @POST
  @Path("/{id}/amendments")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "Amend a return (If-Match): a new return supersedes it")
  @APIResponse(responseCode = "201", description = "The amended return")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "return-superseded, amendment-below-paid")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response amend(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull AmendReturn request) {
    Versioned<TaxReturnView> v = service.amend(id, ifMatch, request);
    return Responses.created("/api/v1/tax-returns/" + v.view().id(), v);
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "A taxpayer's returns")
  @APIResponse(responseCode = "200", description = "A page of returns")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Page<TaxReturnView> list(
      @QueryParam("taxpayerId") @NotNull UUID taxpayerId, @Valid @BeanParam PageRequest paging) {
    return service.list(taxpayerId, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One return; ETag is its version")
  @APIResponse(responseCode = "200", description = "The return")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return Responses.ok(service.get(id));
  }
}

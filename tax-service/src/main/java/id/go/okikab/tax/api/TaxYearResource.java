package id.go.okikab.tax.api;

import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.ReferenceDataService;
import id.go.okikab.tax.service.ReferenceDataService.HistoryEntry;
import id.go.okikab.tax.service.ReferenceDataService.UpdateTaxYear;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-year reference data: rates, NJOPTKP, minimum payable, due dates, interest. */
@Path("/api/v1/tax-years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class TaxYearResource {

  private final ReferenceDataService service;

  public TaxYearResource(ReferenceDataService service) {
    this.service = service;
  }

  @GET
  @Path("/{year}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "The reference data of a tax year; ETag is its version")
  @APIResponse(responseCode = "200", description = "The year's figures")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("year") @Min(2000) @Max(2100) int year) {
    return Responses.ok(service.get(year));
  }

  @PUT
  @Path("/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Change a year's figures (tax officer, If-Match); issued bills keep theirs")
  @APIResponse(responseCode = "200", description = "Changed; the change is in the history")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response update(
      @PathParam("year") @Min(2000) @Max(2100) int year,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateTaxYear request) {
    return Responses.ok(service.update(year, ifMatch, request));
  }

  @GET
  @Path("/{year}/history")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Every change of a year's figures: who, when, what")
  @APIResponse(responseCode = "200", description = "The changes, oldest first")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<HistoryEntry> history(@PathParam("year") @Min(2000) @Max(2100) int year) {
    return service.history(year);
  }
}

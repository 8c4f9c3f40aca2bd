package id.go.okikab.tax.api;

import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.TaxSummaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's own taxes (the gateway overview's section {@code taxes}). */
@Path("/api/v1/me/tax-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
public class TaxSummaryResource {

  private final TaxSummaryService service;

  public TaxSummaryResource(TaxSummaryService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "My taxpayer records, unpaid bills, arrears and clearance (read-audited)")
  @APIResponse(responseCode = "200", description = "The summary (Cache-Control: no-store)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Response mine() {
    return Response.ok(service.mine()).header("Cache-Control", "no-store").build();
  }
}

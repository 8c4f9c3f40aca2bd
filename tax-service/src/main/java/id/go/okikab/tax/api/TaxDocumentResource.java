package id.go.okikab.tax.api;

import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.tax.service.ClearanceService;
import id.go.okikab.tax.service.ClearanceService.VerificationView;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of the documents Bapenda issues: clearances and payment receipts. */
@Path("/api/v1/tax-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class TaxDocumentResource {

  private final ClearanceService service;

  public TaxDocumentResource(ClearanceService service) {
    this.service = service;
  }

  @GET
  @Path("/verify/{code}")
  @PermitAll
  @SecurityRequirements
  @Operation(
      summary = "Verify a clearance or receipt by its verification code (no login)",
      description = "Type, number, status, amount, date and a masked name only.")
  @APIResponse(responseCode = "200", description = "The document is known")
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public VerificationView verify(@PathParam("code") @Size(max = 40) String code) {
    return service
        .verify(code)
        .orElseThrow(() -> new NotFoundProblem("No document has this verification code."));
  }
}

package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.VerificationCommands.ResidentVerificationRequest;
import id.go.okikab.civilregistry.service.VerificationService;
import id.go.okikab.civilregistry.service.VerificationViews.ResidentVerificationResult;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agency verification of residents (client-credentials tokens with role agency-verifier). */
@Path("/api/v1/verifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification", description = "Match / no match for partner agencies")
public class VerificationResource {

  private final VerificationService verifications;

  public VerificationResource(VerificationService verifications) {
    this.verifications = verifications;
  }

  @POST
  @Path("/residents")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.AGENCY)
  @IdempotencyNotRequired("a read-only question; the answer is the same on a retry")
  @Operation(
      summary = "Do this NIK, name and date of birth belong to one living resident?",
      description =
          "Match or no match, nothing more (not which part differs); every question is audited"
              + " with the agency's client id (X-Access-Purpose states the purpose).")
  @APIResponse(responseCode = "200", description = "match: true or false")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public ResidentVerificationResult verify(@Valid @NotNull ResidentVerificationRequest request) {
    return verifications.verify(request);
  }
}

package id.go.okikab.gateway.api;

import id.go.okikab.gateway.proxy.GatewayFilter;
import id.go.okikab.gateway.service.VerificationService;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.problem.DependencyUnavailableException;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of documents issued by any service. */
@Path("/api/v1/verifications")
@PermitAll
@Tag(name = "Verification", description = "Is this certificate or permit genuine?")
public class VerificationResource {

  private final VerificationService verifications;

  VerificationResource(VerificationService verifications) {
    this.verifications = verifications;
  }

  @GET
  @Path("/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify a document by the code printed on it (no login)")
  @APIResponse(responseCode = "200", description = "Type, number, status, dates and a masked name")
  @APIResponse(responseCode = "400", description = "Not a verification code")
  @APIResponse(responseCode = "404", description = "No service issued this code")
  @APIResponse(responseCode = "429", description = ProblemDocs.TOO_MANY_REQUESTS)
  @APIResponse(responseCode = "503", description = "A verifying service is unavailable")
  public Uni<Response> verify(
      @PathParam("code")
          @Pattern(
              regexp = "[A-Za-z0-9-]{4,64}",
              message = "must be 4-64 letters, digits or dashes")
          String code,
      @Context RoutingContext request) {
    return verifications
        .verify(code, GatewayFilter.caller(request))
        .map(
            outcome -> {
              if (outcome.found().isPresent()) {
                return Response.ok(outcome.found().get().body(), MediaType.APPLICATION_JSON)
                    .header("X-Verified-By", outcome.found().get().service())
                    .build();
              }
              if (!outcome.unavailable().isEmpty()) {
                throw new DependencyUnavailableException(String.join(", ", outcome.unavailable()));
              }
              throw new NotFoundProblem("verification code", code);
            });
  }
}

package id.go.okikab.permits.api;

import id.go.okikab.permits.service.Access;
import id.go.okikab.permits.service.PermitService;
import id.go.okikab.permits.service.PermitService.PermitView;
import id.go.okikab.permits.service.PermitService.StatusChange;
import id.go.okikab.permits.service.PermitService.Verification;
import id.go.okikab.permits.service.Versioned;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued permits: holders and officers, status changes, public verification. */
@Path("/api/v1/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permits")
public class PermitResource {

  private final PermitService service;
  private final CallerIdentity caller;

  public PermitResource(PermitService service, CallerIdentity caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("/verify/{code}")
  @PermitAll
  @Operation(
      summary = "Verify a permit by its code (public): type, masked holder, status, validity")
  @APIResponse(responseCode = "200", description = "The permit's public facts")
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Verification verify(@PathParam("code") @Size(max = 40) String code) {
    return service.verify(code);
  }

  @GET
  @Path("/mine")
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "My permits")
  @APIResponse(responseCode = "200", description = "A page of permits")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<PermitView> mine(@Valid @BeanParam PageRequest paging) {
    return service.mine(caller, paging);
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Permits, optionally of one business (NIB)")
  @APIResponse(responseCode = "200", description = "A page of permits")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<PermitView> list(
      @QueryParam("nib") @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String nib,
      @Valid @BeanParam PageRequest paging) {
    return service.list(nib, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "One permit (its holder, or officers: read-audited)")
  @APIResponse(responseCode = "200", description = "The permit; ETag is its version")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return ok(service.get(id, caller));
  }

  @POST
  @Path("/{id}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("changes the permit under If-Match: a repeat fails with 412")
  @Operation(summary = "Suspend an active permit (PermitSuspended; needs If-Match)")
  @APIResponse(responseCode = "200", description = "The permit")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "Not active")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response suspend(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull StatusChange change) {
    return ok(service.suspend(id, ifMatch, change));
  }

  @POST
  @Path("/{id}/reinstatement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("changes the permit under If-Match: a repeat fails with 412")
  @Operation(summary = "Reinstate a suspended permit (needs If-Match)")
  @APIResponse(responseCode = "200", description = "The permit")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "Not suspended")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response reinstate(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull StatusChange change) {
    return ok(service.reinstate(id, ifMatch, change));
  }

  @POST
  @Path("/{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("changes the permit under If-Match: a repeat fails with 412")
  @Operation(summary = "Revoke a permit (PermitRevoked, terminal; needs If-Match)")
  @APIResponse(responseCode = "200", description = "The permit")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "Revoked or expired already")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response revoke(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull StatusChange change) {
    return ok(service.revoke(id, ifMatch, change));
  }

  private static Response ok(Versioned<PermitView> p) {
    return Response.ok(p.view()).header(HttpHeaders.ETAG, Preconditions.etag(p.version())).build();
  }
}

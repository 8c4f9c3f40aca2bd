package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.RegistrationCommands.Note;
import id.go.okikab.civilregistry.service.RegistrationKind;
import id.go.okikab.civilregistry.service.RegistrationWorkflow;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The officer's steps every kind of registration shares (verification, fix request, rejection),
 * written once for the birth and death registration resources, which add the steps that differ
 * (declaration, submission, approval, registration) and their paths.
 *
 * @param <V> the kind's view
 */
public abstract class RegistrationResource<V> {

  /** The one registration workflow. */
  protected abstract RegistrationWorkflow workflow();

  /** The kind this resource serves. */
  protected abstract RegistrationKind<?, ?, V> kind();

  /** The version of a view, for its ETag. */
  protected abstract long version(V view);

  @POST
  @Path("/{id}/verification")
  @Idempotent
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "SUBMITTED → VERIFYING: an officer checks the documents")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "VERIFYING")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response verify(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch) {
    return withEtag(workflow().startVerification(kind(), id, ifMatch));
  }

  @POST
  @Path("/{id}/fix-request")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "VERIFYING → NEEDS_FIX: the declarant must correct something (reason)")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "NEEDS_FIX")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response requestFix(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Note note) {
    return withEtag(workflow().requestFix(kind(), id, ifMatch, note.reason()));
  }

  @POST
  @Path("/{id}/rejection")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Reject (any open state before APPROVED) with a reason: REJECTED")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "REJECTED")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response reject(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Note note) {
    return withEtag(workflow().reject(kind(), id, ifMatch, note.reason()));
  }

  /** The view with its ETag. */
  protected Response withEtag(V registration) {
    return Response.ok(registration)
        .header(HttpHeaders.ETAG, Preconditions.etag(version(registration)))
        .build();
  }
}

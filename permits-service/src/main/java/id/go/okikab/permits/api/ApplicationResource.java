package id.go.okikab.permits.api;

import id.go.okikab.permits.domain.ApplicationStatus;
import id.go.okikab.permits.service.Access;
import id.go.okikab.permits.service.ApplicationCommands.Assignment;
import id.go.okikab.permits.service.ApplicationCommands.CreateApplication;
import id.go.okikab.permits.service.ApplicationCommands.Transition;
import id.go.okikab.permits.service.ApplicationService;
import id.go.okikab.permits.service.ApplicationViews.ApplicationView;
import id.go.okikab.permits.service.ApplicationViews.DocumentView;
import id.go.okikab.permits.service.ApplicationViews.TransitionView;
import id.go.okikab.permits.service.Versioned;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Permit applications: citizens' drafts and submissions, officers' review, the work queue. */
@Path("/api/v1/permit-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit applications")
public class ApplicationResource {

  private final ApplicationService service;
  private final CallerIdentity caller;

  public ApplicationResource(ApplicationService service, CallerIdentity caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "Start an application (a draft) for yourself or a business (NIB)")
  @APIResponse(responseCode = "201", description = "The draft; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(
      responseCode = "422",
      description =
          "permit-type-unknown, nib-required, kbli-required, desa-code-invalid, desa-outside-oki, unknown-kecamatan, location-invalid, location-outside-oki")
  public Response create(@Valid @NotNull CreateApplication request) {
    Versioned<ApplicationView> created = service.create(request, caller);
    return Response.created(URI.create("/api/v1/permit-applications/" + created.view().id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created.view())
        .build();
  }

  @GET
  @Path("/mine")
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "My applications (as applicant or for my business)")
  @APIResponse(responseCode = "200", description = "A page of applications")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<ApplicationView> mine(@Valid @BeanParam PageRequest paging) {
    return service.mine(caller, paging);
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "All applications, filtered (officers)")
  @APIResponse(responseCode = "200", description = "A page of applications")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<ApplicationView> list(
      @QueryParam("status") ApplicationStatus status,
      @QueryParam("permitType")
          @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a permit type code")
          String permitType,
      @QueryParam("nib") @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String nib,
      @Valid @BeanParam PageRequest paging) {
    return service.list(status, permitType, nib, paging);
  }

  @GET
  @Path("/queue")
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "The officers' work queue: least SLA time left first")
  @APIResponse(responseCode = "200", description = "A page of applications awaiting the office")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<ApplicationView> queue(@Valid @BeanParam PageRequest paging) {
    return service.queue(paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "One application (its applicant, or officers: read-audited)")
  @APIResponse(responseCode = "200", description = "The application; ETag is its version")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return ok(service.get(id, caller));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Every step: action, statuses, actor, reason, SLA days used, time")
  @APIResponse(responseCode = "200", description = "The history, oldest first")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<TransitionView> history(@PathParam("id") UUID id) {
    return service.history(id, caller);
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @IdempotencyNotRequired("changes the application under If-Match: a repeat fails with 412")
  @Operation(summary = "Take a step of the workflow (needs If-Match)")
  @APIResponse(responseCode = "200", description = "The application after the step")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The step is illegal in the current status (named)")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description =
          "documents-missing, tax-arrears-outstanding, kkpr-not-conform, location-required, kbli-unknown, floor-area-required")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response transition(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull Transition request) {
    return ok(service.transition(id, ifMatch, request, caller));
  }

  @PUT
  @Path("/{id}/assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Assign the application to an officer (needs If-Match)")
  @APIResponse(responseCode = "200", description = "The application")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "Not under review")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response assign(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull Assignment request) {
    return ok(service.assign(id, ifMatch, request.assignee()));
  }

  @POST
  @Path("/{id}/documents")
  @Idempotent
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "Add a document (PDF, JPEG or PNG up to 5 MiB) while the file is with you")
  @APIResponse(responseCode = "201", description = "The document's metadata with its SHA-256")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "The application is not with the applicant")
  @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
  @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
  public Response addDocument(
      @PathParam("id") UUID id,
      @RestForm("purpose") String purpose,
      @RestForm("file") FileUpload file)
      throws IOException {
    DocumentView d =
        service.addDocument(
            id,
            purpose,
            file == null ? null : file.fileName(),
            file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile()),
            caller);
    return Response.status(201).entity(d).build();
  }

  @GET
  @Path("/{id}/documents")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "The documents' metadata")
  @APIResponse(responseCode = "200", description = "The documents")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<DocumentView> documents(@PathParam("id") UUID id) {
    return service.documents(id, caller);
  }

  private static Response ok(Versioned<ApplicationView> a) {
    return Response.ok(a.view()).header(HttpHeaders.ETAG, Preconditions.etag(a.version())).build();
  }
}

package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.DeathRegistrations;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareDeath;
import id.go.okikab.civilregistry.service.RegistrationKind;
import id.go.okikab.civilregistry.service.RegistrationViews.DeathView;
import id.go.okikab.civilregistry.service.RegistrationViews.RegistrationSummary;
import id.go.okikab.civilregistry.service.RegistrationWorkflow;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Death registrations: DRAFT → SUBMITTED → VERIFYING → {NEEDS_FIX ↔ SUBMITTED} → APPROVED →
 * REGISTERED, REJECTED (domain.md 1.4). A step the current state does not allow is a 409; every
 * step on an existing registration needs the If-Match of the version read (428, 412).
 */
@Path("/api/v1/death-registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Death registrations")
public class DeathRegistrationResource extends RegistrationResource<DeathView> {

  private final RegistrationWorkflow workflow;
  private final DeathRegistrations deaths;

  public DeathRegistrationResource(RegistrationWorkflow workflow, DeathRegistrations deaths) {
    this.workflow = workflow;
    this.deaths = deaths;
  }

  @Override
  protected RegistrationWorkflow workflow() {
    return workflow;
  }

  @Override
  protected RegistrationKind<?, ?, DeathView> kind() {
    return deaths;
  }

  @Override
  protected long version(DeathView view) {
    return view.version();
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "Declare a death: SUBMITTED",
      description =
          "A citizen declares the death of a member of their own family card (else 403), an officer of any resident. The resident is alive, has no other open death registration (409), and died on or after their birth. `newHeadResidentId` (only when the deceased is the head) names the next head. `late` when reported more than 30 days after the death.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Declared; Location and ETag set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response declare(@Valid @NotNull DeclareDeath request) {
    DeathView registration = workflow.declare(deaths, request);
    return Response.created(URI.create("/api/v1/death-registrations/" + registration.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(registration.version()))
        .entity(registration)
        .build();
  }

  @GET
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "List death registrations",
      description = "Officers: all (optionally in one state); citizens: those of their family.")
  @APIResponse(responseCode = "200", description = "A page, oldest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<RegistrationSummary> list(
      @QueryParam("status") RegistrationStatus status, @Valid @BeanParam PageRequest paging) {
    return workflow.list(deaths, status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "A death registration with its history",
      description = "Officers (audited), or citizens of the family it concerns.")
  @APIResponse(responseCode = "200", description = "The registration, with its ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return withEtag(workflow.read(deaths, id));
  }

  @POST
  @Path("/{id}/submission")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "Complete a DRAFT or correct a NEEDS_FIX: SUBMITTED",
      description = "The full declaration again, with the If-Match of the version read.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "SUBMITTED, with the new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response submit(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull DeclareDeath request) {
    return withEtag(workflow.submit(deaths, id, ifMatch, request));
  }

  @POST
  @Path("/{id}/approval")
  @Idempotent
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Approve", description = "VERIFYING to APPROVED.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "APPROVED")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response approve(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch) {
    return withEtag(workflow.approve(deaths, id, ifMatch, null));
  }

  @POST
  @Path("/{id}/registration")
  @Idempotent
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "APPROVED → REGISTERED",
      description =
          "The resident becomes DECEASED and leaves the family card (a dead head is replaced by the named member, else the spouse, else the oldest adult, and the card gets a new KK number); an akta kematian is issued. Publishes DeathRegistered.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "REGISTERED, with the certificate")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response register(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch) {
    return withEtag(workflow.register(deaths, id, ifMatch));
  }
}

package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.domain.RegistrationStatus;
import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.BirthRegistrations;
import id.go.okikab.civilregistry.service.RegistrationCommands.Approval;
import id.go.okikab.civilregistry.service.RegistrationCommands.DeclareBirth;
import id.go.okikab.civilregistry.service.RegistrationKind;
import id.go.okikab.civilregistry.service.RegistrationViews.BirthView;
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
 * Birth registrations: DRAFT → SUBMITTED → VERIFYING → {NEEDS_FIX ↔ SUBMITTED} → APPROVED →
 * REGISTERED, REJECTED (domain.md 1.4). A step the current state does not allow is a 409; every
 * step on an existing registration needs the If-Match of the version read (428, 412).
 */
@Path("/api/v1/birth-registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Birth registrations")
public class BirthRegistrationResource extends RegistrationResource<BirthView> {

  private final RegistrationWorkflow workflow;
  private final BirthRegistrations births;

  public BirthRegistrationResource(RegistrationWorkflow workflow, BirthRegistrations births) {
    this.workflow = workflow;
    this.births = births;
  }

  @Override
  protected RegistrationWorkflow workflow() {
    return workflow;
  }

  @Override
  protected RegistrationKind<?, ?, BirthView> kind() {
    return births;
  }

  @Override
  protected long version(BirthView view) {
    return view.version();
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "Declare a birth: SUBMITTED",
      description =
          "A citizen declares for their own family card (else 403), an officer for any. Rules: the family card is active, the mother is named (a female resident born before the child, or a name), the father (if given) a male resident or a name, the date of birth not in the future. `late` when reported more than 60 days after the birth. A child with the same name, date of birth and mother as a resident or another open registration is flagged as a possible duplicate.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Declared; Location and ETag set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response declare(@Valid @NotNull DeclareBirth request) {
    BirthView registration = workflow.declare(births, request);
    return Response.created(URI.create("/api/v1/birth-registrations/" + registration.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(registration.version()))
        .entity(registration)
        .build();
  }

  @GET
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "List birth registrations",
      description = "Officers: all (optionally in one state); citizens: those of their family.")
  @APIResponse(responseCode = "200", description = "A page, oldest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<RegistrationSummary> list(
      @QueryParam("status") RegistrationStatus status, @Valid @BeanParam PageRequest paging) {
    return workflow.list(births, status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.CITIZEN, Access.OFFICER})
  @Operation(
      summary = "A birth registration with its history",
      description = "Officers (audited), or citizens of the family it concerns.")
  @APIResponse(responseCode = "200", description = "The registration, with its ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return withEtag(workflow.read(births, id));
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
      @Valid @NotNull DeclareBirth request) {
    return withEtag(workflow.submit(births, id, ifMatch, request));
  }

  @POST
  @Path("/{id}/approval")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Approve",
      description =
          "VERIFYING to APPROVED; a registration flagged as a possible duplicate needs duplicateReviewed = true (else 422 possible-duplicate-person).")
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
          String ifMatch,
      @Valid Approval approval) {
    return withEtag(workflow.approve(births, id, ifMatch, approval));
  }

  @POST
  @Path("/{id}/registration")
  @Idempotent
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "APPROVED → REGISTERED",
      description =
          "The child becomes a resident with a new NIK (the family's kecamatan, the date of birth with +40 for girls, the next free serial), joins the family card, and an akta kelahiran is issued. Publishes ResidentRegistered and BirthRegistered.")
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
    return withEtag(workflow.register(births, id, ifMatch));
  }
}

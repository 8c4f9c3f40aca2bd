package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.ResidentCommands.CorrectionRequest;
import id.go.okikab.civilregistry.service.ResidentCommands.ExistenceRequest;
import id.go.okikab.civilregistry.service.ResidentCommands.RegisterResident;
import id.go.okikab.civilregistry.service.ResidentCommands.SearchRequest;
import id.go.okikab.civilregistry.service.ResidentCorrections;
import id.go.okikab.civilregistry.service.ResidentQueries;
import id.go.okikab.civilregistry.service.ResidentRegistration;
import id.go.okikab.civilregistry.service.ResidentViews.CorrectionView;
import id.go.okikab.civilregistry.service.ResidentViews.ExistenceView;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentSummary;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentView;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewPending;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Residents (penduduk) and their NIKs. */
@Path("/api/v1/residents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents", description = "Residents with their NIK: register, read, search, correct")
public class ResidentResource {

  private final ResidentRegistration registration;
  private final ResidentQueries residents;
  private final ResidentCorrections corrections;

  public ResidentResource(
      ResidentRegistration registration,
      ResidentQueries residents,
      ResidentCorrections corrections) {
    this.registration = registration;
    this.residents = residents;
    this.corrections = corrections;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Register a resident with their NIK",
      description =
          "NIK rules of domain.md 1.1 (province/regency known, real date, day + 40 for women,"
              + " serial not 0000; an unknown kecamatan only warns); the NIK's sex and date of"
              + " birth must be the person's. A person with the same name, date of birth and"
              + " mother as a resident is held for an officer's review (202).")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(
      responseCode = "201",
      description = "Registered (warnings listed); Location and ETag set",
      content = @Content(schema = @Schema(implementation = ResidentView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Possible duplicate person: held for an officer's review",
      content = @Content(schema = @Schema(implementation = ReviewPending.class)))
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", description = "A resident with this NIK is registered already")
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response register(@Valid @NotNull RegisterResident request) {
    ResidentRegistration.Registered outcome = registration.register(request);
    if (outcome instanceof ResidentRegistration.Registered.PendingReview pending) {
      return Response.accepted(pending.review())
          .location(URI.create("/api/v1/resident-reviews/" + pending.review().reviewId()))
          .build();
    }
    ResidentView created = ((ResidentRegistration.Registered.Created) outcome).resident();
    return Response.created(URI.create("/api/v1/residents/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/me")
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "The calling citizen's own record (by the token's NIK)")
  @APIResponse(responseCode = "200", description = "The caller's record")
  @APIResponse(responseCode = "404", description = "No resident has the caller's NIK")
  public Response me() {
    ResidentView resident = residents.me();
    return Response.ok(resident)
        .header(HttpHeaders.ETAG, Preconditions.etag(resident.version()))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "A resident's record",
      description = "Officers (each read is audited), or the resident themselves.")
  @APIResponse(responseCode = "200", description = "The record, with its ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    ResidentView resident = residents.read(id);
    return Response.ok(resident)
        .header(HttpHeaders.ETAG, Preconditions.etag(resident.version()))
        .build();
  }

  @POST
  @Path("/search")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("a read-only search; the body keeps NIKs and names out of URLs and logs")
  @Operation(
      summary = "Search residents",
      description =
          "By `nik`; by `name` (every word must occur) + `birthDate`; or by `kecamatanCode` or"
              + " `desaCode` (with an optional `status`). Paginated; every result is"
              + " read-audited.")
  @APIResponse(responseCode = "200", description = "A page of residents in name order")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<ResidentSummary> search(
      @Valid @NotNull SearchRequest request, @Valid @BeanParam PageRequest paging) {
    return residents.search(request, paging);
  }

  @POST
  @Path("/existence")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.HEALTH_OFFICER, Access.OFFICER})
  @IdempotencyNotRequired("a read-only question")
  @Operation(
      summary = "Does a living resident have this NIK?",
      description = "For health officers: existence only, no details; every question is audited.")
  @APIResponse(responseCode = "200", description = "exists: true or false")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public ExistenceView exists(@Valid @NotNull ExistenceRequest request) {
    return residents.exists(request.nik());
  }

  @POST
  @Path("/{id}/corrections")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Correct a resident's data with a reason",
      description =
          "`changes` maps field names to new values (text); the old values are kept in the"
              + " history. The NIK and the desa are not corrected here (the NIK is for life;"
              + " an address in another desa is a move).")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "The corrected record, with its new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response correct(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull CorrectionRequest request) {
    ResidentView resident = corrections.correct(id, ifMatch, request);
    return Response.ok(resident)
        .header(HttpHeaders.ETAG, Preconditions.etag(resident.version()))
        .build();
  }

  @GET
  @Path("/{id}/corrections")
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "A resident's corrections, oldest first (audited)")
  @APIResponse(responseCode = "200", description = "Old and new values, officer and reason")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<CorrectionView> corrections(@PathParam("id") UUID id) {
    return corrections.corrections(id);
  }
}

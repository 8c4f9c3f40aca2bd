package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.FamilyCommands.AddMember;
import id.go.okikab.civilregistry.service.FamilyCommands.ChangeHead;
import id.go.okikab.civilregistry.service.FamilyCommands.CreateFamily;
import id.go.okikab.civilregistry.service.FamilyCommands.RemoveMember;
import id.go.okikab.civilregistry.service.FamilyCommands.Split;
import id.go.okikab.civilregistry.service.FamilyService;
import id.go.okikab.civilregistry.service.FamilyViews.FamilyView;
import id.go.okikab.civilregistry.service.FamilyViews.HistoryView;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Family cards (Kartu Keluarga). Changes need If-Match: concurrent edits lose with 409/412. */
@Path("/api/v1/families")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Families", description = "Family cards: members with SHDK codes, one head, KK history")
public class FamilyResource {

  private final FamilyService families;

  public FamilyResource(FamilyService families) {
    this.families = families;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Create a family card",
      description =
          "Members with SHDK codes, exactly one head (\"1\"); the family lives at the head's"
              + " address. A new KK number is issued, or `kkNumber` records an existing card"
              + " (domain.md 1.2: 16 digits, real date of issue, serial not 0000; an unknown"
              + " region only warns).")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      description =
          "The KK number is recorded already, or a member joined another card concurrently")
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response create(@Valid @NotNull CreateFamily request) {
    FamilyView family = families.create(request);
    return Response.created(URI.create("/api/v1/families/" + family.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(family.version()))
        .entity(family)
        .build();
  }

  @GET
  @Path("/mine")
  @RolesAllowed(Access.CITIZEN)
  @Operation(summary = "The calling citizen's family card")
  @APIResponse(responseCode = "200", description = "The card, with its ETag")
  @APIResponse(responseCode = "404", description = "The caller is on no family card")
  public Response mine() {
    return withEtag(families.mine());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "A family card",
      description = "Officers (each member's record read is audited), or a member.")
  @APIResponse(responseCode = "200", description = "The card, with its ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return withEtag(families.read(id));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "Every card (KK number, valid from/to) and membership of a family")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public HistoryView history(@PathParam("id") UUID id) {
    return families.history(id);
  }

  @POST
  @Path("/{id}/members")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Add a member (not as head) with a reason")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "The card, with its new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response addMember(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull AddMember request) {
    return withEtag(families.addMember(id, ifMatch, request));
  }

  @POST
  @Path("/{id}/members/{residentId}/removal")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Remove a member with a reason",
      description =
          "When the head leaves, `newHeadResidentId` becomes head and the family gets a new KK"
              + " number; when the last member leaves the family is dissolved.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "The card, with its new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response removeMember(
      @PathParam("id") UUID id,
      @PathParam("residentId") UUID residentId,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull RemoveMember request) {
    return withEtag(families.removeMember(id, residentId, ifMatch, request));
  }

  @POST
  @Path("/{id}/head-change")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Make another member head (new KK number)")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "The card, with its new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response changeHead(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull ChangeHead request) {
    return withEtag(families.changeHead(id, ifMatch, request));
  }

  @POST
  @Path("/{id}/splits")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Pisah KK: members found their own family card (new KK number)",
      description = "The If-Match is the source family's ETag; the answer is the new family.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "The new family card; Location set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response split(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Split request) {
    FamilyView family = families.split(id, ifMatch, request);
    return Response.created(URI.create("/api/v1/families/" + family.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(family.version()))
        .entity(family)
        .build();
  }

  private static Response withEtag(FamilyView family) {
    return Response.ok(family)
        .header(HttpHeaders.ETAG, Preconditions.etag(family.version()))
        .build();
  }
}

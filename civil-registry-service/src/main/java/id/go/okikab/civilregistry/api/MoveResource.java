package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.MoveCommands.MoveIn;
import id.go.okikab.civilregistry.service.MoveCommands.MoveOut;
import id.go.okikab.civilregistry.service.MoveCommands.MoveWithin;
import id.go.okikab.civilregistry.service.MoveService;
import id.go.okikab.civilregistry.service.MoveViews.MoveView;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moves (pindah datang), recorded by registry officers. */
@Path("/api/v1/moves")
@RolesAllowed(Access.OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moves", description = "Moves within, out of and into Ogan Komering Ilir")
public class MoveResource {

  private final MoveService moves;

  public MoveResource(MoveService moves) {
    this.moves = moves;
  }

  @POST
  @Path("/within-regency")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move within OKI",
      description =
          "The whole family (a new desa gives a new KK number), or some members founding a new"
              + " family card at the new address. Publishes ResidentMovedWithinRegency.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Recorded; Location set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response within(@Valid @NotNull MoveWithin request) {
    return created(moves.within(request));
  }

  @POST
  @Path("/out-of-regency")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move out of OKI: MOVED_OUT, SKPWNI issued",
      description = "Publishes ResidentMovedOut; the SKPWNI can be verified publicly.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Recorded with the SKPWNI; Location set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response out(@Valid @NotNull MoveOut request) {
    return created(moves.out(request));
  }

  @POST
  @Path("/into-regency")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move into OKI with an SKPWNI: the NIK is kept",
      description =
          "New people are registered with their NIK (ResidentRegistered, origin MOVE_IN); a"
              + " former resident (MOVED_OUT) is a resident again. Publishes ResidentMovedIn.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "201", description = "Recorded; Location set")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A person with this NIK lives in OKI already")
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  public Response in(@Valid @NotNull MoveIn request) {
    return created(moves.in(request));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A recorded move (the movers' reads are audited)")
  @APIResponse(responseCode = "200", description = "The move")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public MoveView get(@PathParam("id") UUID id) {
    return moves.read(id);
  }

  private static Response created(MoveView move) {
    return Response.created(URI.create("/api/v1/moves/" + move.id())).entity(move).build();
  }
}

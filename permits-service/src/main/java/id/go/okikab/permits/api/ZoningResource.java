package id.go.okikab.permits.api;

import id.go.okikab.permits.service.Access;
import id.go.okikab.permits.service.Versioned;
import id.go.okikab.permits.service.ZoningCommands.ConformityCheck;
import id.go.okikab.permits.service.ZoningCommands.CreateLayer;
import id.go.okikab.permits.service.ZoningCommands.UploadVersion;
import id.go.okikab.permits.service.ZoningService;
import id.go.okikab.permits.service.ZoningService.ConformityView;
import id.go.okikab.permits.service.ZoningService.LayerView;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The zoning map: layers and their versions (permit officers), the public KKPR check. */
@Path("/api/v1/zoning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zoning")
public class ZoningResource {

  private final ZoningService zoning;
  private final CallerIdentity caller;

  public ZoningResource(ZoningService zoning, CallerIdentity caller) {
    this.zoning = zoning;
    this.caller = caller;
  }

  @GET
  @Path("/layers")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Zoning layers with their versions")
  @APIResponse(responseCode = "200", description = "A page of layers")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<LayerView> list(@Valid @BeanParam PageRequest paging) {
    return zoning.list(paging);
  }

  @GET
  @Path("/layers/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "One zoning layer; ETag is its version")
  @APIResponse(responseCode = "200", description = "The layer")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return ok(zoning.get(id));
  }

  @POST
  @Path("/layers")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Upload a new zoning layer (GeoJSON FeatureCollection + ITBX matrix) as version 1")
  @APIResponse(responseCode = "201", description = "Created (not published yet)")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "A layer with this code exists")
  @APIResponse(
      responseCode = "422",
      description = "zoning-layer-invalid: invalid, outside OKI or overlapping features, named")
  public Response create(@Valid @NotNull CreateLayer request) {
    Versioned<LayerView> created = zoning.create(request, caller.actorId());
    return Response.created(URI.create("/api/v1/zoning/layers/" + created.view().id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created.view())
        .build();
  }

  @POST
  @Path("/layers/{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("changes the layer under If-Match: a repeat fails with 412")
  @Operation(summary = "Upload a new version of a layer (needs If-Match)")
  @APIResponse(responseCode = "200", description = "The layer with the new version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "zoning-layer-invalid")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response upload(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull UploadVersion request) {
    return ok(zoning.upload(id, ifMatch, request, caller.actorId()));
  }

  @POST
  @Path("/layers/{id}/versions/{version}/publication")
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("changes the layer under If-Match: a repeat fails with 412")
  @Operation(summary = "Publish a version: it becomes the active one (ZoningLayerPublished)")
  @APIResponse(responseCode = "200", description = "The layer")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "Already the active version")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response publish(
      @PathParam("id") UUID id,
      @PathParam("version") @Min(1) @Max(100000) int version,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
    return ok(zoning.publish(id, version, ifMatch));
  }

  @POST
  @Path("/conformity")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @IdempotencyNotRequired("a query: it changes nothing")
  @Operation(summary = "KKPR conformity of a point or polygon and a KBLI (public)")
  @APIResponse(responseCode = "200", description = "Zones touched, ITBX per zone, overall result")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "422",
      description =
          "location-invalid, location-outside-oki (location); kbli-unknown (kbli); zoning-map-unavailable")
  public ConformityView conformity(@Valid @NotNull ConformityCheck request) {
    return zoning.conformity(request);
  }

  private static Response ok(Versioned<LayerView> layer) {
    return Response.ok(layer.view())
        .header(HttpHeaders.ETAG, Preconditions.etag(layer.version()))
        .build();
  }
}

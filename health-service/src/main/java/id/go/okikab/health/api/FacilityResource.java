package id.go.okikab.health.api;

import id.go.okikab.health.domain.FacilityType;
import id.go.okikab.health.service.Access;
import id.go.okikab.health.service.FacilityCommands.CreateFacility;
import id.go.okikab.health.service.FacilityService;
import id.go.okikab.health.service.FacilityViews.FacilityView;
import id.go.okikab.health.service.Versioned;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Health facilities: puskesmas, posyandu, clinics and hospitals with their kecamatan and desa. */
@Path("/api/v1/health-facilities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health facilities")
public class FacilityResource {

  private final FacilityService service;

  public FacilityResource(FacilityService service) {
    this.service = service;
  }

  @GET
  @Operation(summary = "List health facilities (any signed-in user)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "200", description = "A page of facilities")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<FacilityView> list(
      @QueryParam("kecamatan") @Pattern(regexp = "\\d{6}", message = "must be 6 digits")
          String kecamatan,
      @QueryParam("type") FacilityType type,
      @Valid @BeanParam PageRequest paging) {
    return service.list(kecamatan, type, paging);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One health facility")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(
      responseCode = "200",
      description = "The facility; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FacilityView.class)))
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(
      @PathParam("code")
          @Pattern(regexp = "[A-Za-z]{1,3}-[0-9A-Za-z]{2,16}", message = "must be a facility code")
          String code) {
    Versioned<FacilityView> facility = service.get(code);
    return Response.ok(facility.view())
        .header(HttpHeaders.ETAG, Preconditions.etag(facility.version()))
        .build();
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.ADMIN)
  @Operation(summary = "Add a health facility (admin)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", description = "A facility with this code exists")
  @APIResponse(
      responseCode = "422",
      description = "desa-code-invalid, desa-outside-oki, desa-outside-kecamatan (desaCode)")
  public Response create(@Valid @NotNull CreateFacility request) {
    Versioned<FacilityView> created = service.create(request);
    return Response.created(URI.create("/api/v1/health-facilities/" + created.view().code()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created.view())
        .build();
  }
}

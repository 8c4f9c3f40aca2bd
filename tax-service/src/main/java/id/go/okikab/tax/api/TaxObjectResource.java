package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.TaxObjectCommands.RegisterTaxObject;
import id.go.okikab.tax.service.TaxObjectService;
import id.go.okikab.tax.service.TaxObjectViews.TaxObjectView;
import id.go.okikab.tax.service.Versioned;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PBB-P2 tax objects with their NOP, valuation and optional point location. */
@Path("/api/v1/tax-objects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tax objects")
public class TaxObjectResource {

  private final TaxObjectService service;

  public TaxObjectResource(TaxObjectService service) {
    this.service = service;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Register a tax object (tax officer); the NOP is validated and mapped")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "The NOP is registered")
  @APIResponse(
      responseCode = "422",
      description =
          "nop-outside-oki, nop-region-unknown (nop), unknown-taxpayer, point-without-pair")
  public Response register(@Valid @NotNull RegisterTaxObject request) {
    Versioned<TaxObjectView> v = service.register(request);
    return Responses.created("/api/v1/tax-objects/" + v.view().id(), v);
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Tax objects (staff), by taxpayer or desa")
  @APIResponse(responseCode = "200", description = "A page of objects")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<TaxObjectView> list(
      @QueryParam("taxpayerId") UUID taxpayerId,
      @QueryParam("desaCode") @Pattern(regexp = "\\d{10}", message = "must be 10 digits")
          String desaCode,
      @Valid @BeanParam PageRequest paging) {
    return service.list(taxpayerId, desaCode, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One tax object (staff, or its taxpayer)")
  @APIResponse(responseCode = "200", description = "The object; ETag is its version")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return Responses.ok(service.get(id));
  }
}

package id.go.okikab.permits.api;

import id.go.okikab.permits.service.CatalogService;
import id.go.okikab.permits.service.CatalogService.PermitTypeView;
import id.go.okikab.permits.service.CatalogService.RiskView;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of permit types: public information, no login. */
@Path("/api/v1/permit-types")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit types")
public class PermitTypeResource {

  private final CatalogService catalog;

  public PermitTypeResource(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GET
  @Operation(summary = "The catalogue of permit types (public)")
  @APIResponse(responseCode = "200", description = "A page of permit types")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<PermitTypeView> list(@Valid @BeanParam PageRequest paging) {
    return catalog.list(paging);
  }

  @GET
  @Path("/business-risk")
  @Operation(summary = "The risk level of a KBLI at a business scale and what it requires (public)")
  @APIResponse(responseCode = "200", description = "The risk level")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public RiskView risk(
      @QueryParam("kbli") @NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits")
          String kbli,
      @QueryParam("scale")
          @NotNull
          @Pattern(
              regexp = "MIKRO|KECIL|MENENGAH|BESAR",
              message = "must be MIKRO, KECIL, MENENGAH or BESAR")
          String scale) {
    return catalog.risk(kbli, scale);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One permit type (public)")
  @APIResponse(responseCode = "200", description = "The permit type")
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public PermitTypeView get(
      @PathParam("code")
          @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a permit type code")
          String code) {
    return catalog.get(code);
  }
}

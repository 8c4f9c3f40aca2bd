package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.RegionService;
import id.go.okikab.civilregistry.service.RegionViews.RegionView;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Kemendagri region codes (public reference data: no login). */
@Path("/api/v1/regions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Kemendagri region codes: provinces, Sumatera Selatan, OKI")
public class RegionResource {

  private final RegionService regions;

  public RegionResource(RegionService regions) {
    this.regions = regions;
  }

  @GET
  @Operation(
      summary = "List regions",
      description =
          "The children of `parent` (e.g. 1602: OKI's kecamatan; 160205: Kayu Agung's villages),"
              + " or all regions of a `level` (PROVINCE, REGENCY, DISTRICT, VILLAGE); `q` filters"
              + " by name.")
  @APIResponse(responseCode = "200", description = "A page of regions in code order")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<RegionView> list(
      @QueryParam("parent") String parent,
      @QueryParam("level") String level,
      @QueryParam("q") @Size(min = 2, max = 60) String query,
      @Valid @BeanParam PageRequest paging) {
    return regions.list(parent, level, query, paging);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "A region by its code (16.02.05.2011 or 1602052011)")
  @APIResponse(responseCode = "200", description = "The region and the regions above it")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = "No region has this code")
  public RegionView get(
      @PathParam("code")
          @Pattern(
              regexp = "[0-9]{2}(\\.?[0-9]{2}){0,2}(\\.?[0-9]{4})?",
              message = "must be a Kemendagri region code such as 16.02.05.2011")
          String code) {
    return regions.view(code);
  }
}

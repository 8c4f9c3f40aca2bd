package id.go.okikab.marketplace.api;

import id.go.okikab.marketplace.domain.MerchantStatus;
import id.go.okikab.marketplace.domain.OrderStatus;
import id.go.okikab.marketplace.service.Access;
import id.go.okikab.marketplace.service.DashboardService;
import id.go.okikab.marketplace.service.MerchantCommands.AmendMerchant;
import id.go.okikab.marketplace.service.MerchantCommands.Decision;
import id.go.okikab.marketplace.service.MerchantCommands.RegisterMerchant;
import id.go.okikab.marketplace.service.MerchantService;
import id.go.okikab.marketplace.service.MerchantViews.MerchantView;
import id.go.okikab.marketplace.service.OrderService;
import id.go.okikab.marketplace.service.OrderViews.OrderSummary;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shops of the marketplace: opening, the owner's changes, the admin's decisions, the dashboard. */
@Path("/api/v1/merchants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merchants")
public class MerchantResource {

  private final MerchantService merchants;
  private final DashboardService dashboards;
  private final OrderService orders;

  public MerchantResource(
      MerchantService merchants, DashboardService dashboards, OrderService orders) {
    this.merchants = merchants;
    this.dashboards = dashboards;
    this.orders = orders;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "Open a shop",
      description =
          "The owner is the caller (by the token's NIK, kept as subjectRef). The MSME class is"
              + " computed from annualTurnover, else declaredCapital (PP 7/2021). The shop opens"
              + " PENDING and is verified by a permit issued for its NIB (now or later) once its"
              + " return policy and QRIS NMID are given. Publishes MerchantRegistered"
              + " (and MerchantVerified).")
  @APIResponse(responseCode = "201", description = "Opened")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "An open shop has this NIB")
  @APIResponse(
      responseCode = "422",
      description =
          "desa-code-invalid, desa-outside-oki, unknown-kecamatan (desaCode); msme-basis-missing (declaredCapital); amount-negative")
  public Response register(@Valid @NotNull RegisterMerchant request) {
    MerchantView created = merchants.register(request);
    return Response.created(URI.create("/api/v1/merchants/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({
    Access.MERCHANT,
    Access.CITIZEN,
    Access.ADMIN,
    Access.OPERATOR,
    Access.PLATFORM_ADMIN
  })
  @Operation(
      summary = "List shops",
      description = "The marketplace admin and operators see all; a merchant their own.")
  @APIResponse(responseCode = "200", description = "A page of shops, newest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<MerchantView> list(
      @QueryParam("status") MerchantStatus status,
      @QueryParam("kecamatan")
          @Pattern(regexp = "1602\\d{2}", message = "must be an OKI kecamatan code (6 digits)")
          String kecamatan,
      @Valid @BeanParam PageRequest paging) {
    return merchants.list(status, kecamatan, paging);
  }

  @GET
  @Path("/statistics")
  @RolesAllowed({Access.ADMIN, Access.OPERATOR, Access.PLATFORM_ADMIN})
  @Operation(
      summary =
          "Admin report: verified shops per kecamatan and MSME class, GMV per kecamatan and month")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public DashboardService.Report statistics() {
    return dashboards.report();
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      summary = "A shop: its identity, terms and return policy",
      description =
          "Public for a verified shop (PP 80/2019: the seller's identity and terms are published);"
              + " its owner and the admins read it in any status, with its status history.")
  @APIResponse(responseCode = "200", description = "The shop; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    MerchantView view = merchants.get(id);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "The owner changes the shop's published details",
      description =
          "Absent fields are unchanged. A pending shop that gains its return policy and NMID is"
              + " verified when a permit for its NIB is known.")
  @APIResponse(responseCode = "200", description = "The shop")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description = "merchant-closed; return-policy-required (returnPolicy)")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response amend(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull AmendMerchant request) {
    return versioned(merchants.amend(id, ifMatch, request));
  }

  @POST
  @Path("/{id}/verification")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.ADMIN)
  @Operation(
      summary = "The marketplace admin verifies a shop by hand, with a reason",
      description = "Publishes MerchantVerified (via ADMIN). Needs the return policy and NMID.")
  @APIResponse(responseCode = "200", description = "The shop")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description =
          "merchant-not-pending; return-policy-required (returnPolicy); qris-nmid-required (qrisNmid)")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response verify(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Decision request) {
    return versioned(merchants.verify(id, ifMatch, request.reason()));
  }

  @POST
  @Path("/{id}/suspension")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.ADMIN)
  @Operation(
      summary = "The marketplace admin suspends a shop, with a reason",
      description = "Publishes MerchantSuspended (cause ADMIN).")
  @APIResponse(responseCode = "200", description = "The shop")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "merchant-not-active")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response suspend(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Decision request) {
    return versioned(merchants.suspend(id, ifMatch, request.reason()));
  }

  @POST
  @Path("/{id}/closure")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN, Access.ADMIN})
  @Operation(summary = "The owner or the admin closes a shop for good, with a reason")
  @APIResponse(responseCode = "200", description = "The shop")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "merchant-closed")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response close(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Decision request) {
    return versioned(merchants.close(id, ifMatch, request.reason()));
  }

  @GET
  @Path("/{id}/dashboard")
  @RolesAllowed({
    Access.MERCHANT,
    Access.CITIZEN,
    Access.ADMIN,
    Access.OPERATOR,
    Access.PLATFORM_ADMIN
  })
  @Operation(
      summary = "The shop's dashboard",
      description =
          "Orders waiting for the shop (paid, to accept), sales (orders, GMV net of refunds) per"
              + " day (30 days) and month (12), top 5 products. Its owner and the admins.")
  @APIResponse(responseCode = "200", description = "The dashboard")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public DashboardService.Dashboard dashboard(@PathParam("id") UUID id) {
    return dashboards.dashboard(id);
  }

  @GET
  @Path("/{id}/orders")
  @RolesAllowed({
    Access.MERCHANT,
    Access.CITIZEN,
    Access.ADMIN,
    Access.OPERATOR,
    Access.PLATFORM_ADMIN
  })
  @Operation(summary = "The shop's incoming orders (its owner and the admins), newest first")
  @APIResponse(responseCode = "200", description = "A page of orders")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Page<OrderSummary> orders(
      @PathParam("id") UUID id,
      @QueryParam("status") OrderStatus status,
      @Valid @BeanParam PageRequest paging) {
    return orders.ofMerchant(id, status, paging);
  }

  private static Response versioned(MerchantView view) {
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }
}

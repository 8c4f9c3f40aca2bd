package id.go.okikab.marketplace.api;

import id.go.okikab.marketplace.domain.OrderStatus;
import id.go.okikab.marketplace.service.Access;
import id.go.okikab.marketplace.service.OrderCommands.PlaceOrder;
import id.go.okikab.marketplace.service.OrderCommands.Transition;
import id.go.okikab.marketplace.service.OrderService;
import id.go.okikab.marketplace.service.OrderViews.OrderSummary;
import id.go.okikab.marketplace.service.OrderViews.OrderView;
import id.go.okikab.marketplace.service.OrderViews.QrisView;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: placement, the buyer's list, one order, its QRIS code, its steps. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

  private final OrderService orders;

  public OrderResource(OrderService orders) {
    this.orders = orders;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.MERCHANT})
  @Operation(
      summary = "Place an order with one shop",
      description =
          "Names, prices and the PBJT relevance are snapshotted; the stock of every line is"
              + " reserved atomically (never oversold); the order awaits payment of its dynamic"
              + " QRIS code until expiresAt. Publishes OrderPlaced.")
  @APIResponse(responseCode = "201", description = "Placed, awaiting payment")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "insufficient-stock (lines[i].quantity)")
  @APIResponse(
      responseCode = "422",
      description =
          "product-unknown, product-inactive, order-one-merchant (lines[i].productId); merchant-not-verified, order-above-qris-limit (lines)")
  public Response place(@Valid @NotNull PlaceOrder request) {
    OrderView created = orders.place(request);
    return Response.created(URI.create("/api/v1/orders/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/mine")
  @RolesAllowed({Access.CITIZEN, Access.MERCHANT})
  @Operation(summary = "The caller's own orders, newest first (the citizen's overview)")
  @APIResponse(responseCode = "200", description = "A page of orders")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<OrderSummary> mine(
      @QueryParam("status") OrderStatus status, @Valid @BeanParam PageRequest paging) {
    return orders.mine(status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Access.CITIZEN,
    Access.MERCHANT,
    Access.ADMIN,
    Access.OPERATOR,
    Access.PLATFORM_ADMIN
  })
  @Operation(
      summary = "An order with its lines and history",
      description = "Its buyer, its shop and the admins; anyone else 404. Read-audited.")
  @APIResponse(responseCode = "200", description = "The order; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    OrderView view = orders.get(id);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @GET
  @Path("/{id}/qris")
  @RolesAllowed({
    Access.CITIZEN,
    Access.MERCHANT,
    Access.ADMIN,
    Access.OPERATOR,
    Access.PLATFORM_ADMIN
  })
  @Operation(
      summary = "The order's dynamic QRIS payload",
      description =
          "EMVCo MPM TLV: point of initiation 12, tag 51 the shop's NMID and criteria, tag 54 the"
              + " total, tag 62.01 the bill number (paymentCode), CRC-16/CCITT-FALSE.")
  @APIResponse(responseCode = "200", description = "The payload")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public QrisView qris(@PathParam("id") UUID id) {
    return orders.qris(id);
  }

  @POST
  @Path("/{id}/transitions")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.CITIZEN, Access.MERCHANT, Access.ADMIN})
  @Operation(
      summary = "Move an order (buyer, shop or marketplace admin)",
      description =
          "The shop: ACCEPTED_BY_MERCHANT, SHIPPED, READY_FOR_PICKUP, DELIVERED, REFUND_REJECTED,"
              + " CANCELLED. The buyer: CANCELLED, DELIVERED, COMPLETED, REFUND_REQUESTED (within"
              + " the shop's return window), DISPUTED. The admin settles a dispute. PAID and"
              + " REFUNDED come from the acquirer only. A reason is required to cancel, request a"
              + " refund, reject one or dispute. Each step records who, when and why.")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description =
          "order-transition-illegal, order-transition-not-yours, return-window-closed (status); reason-required (reason)")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response transition(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Transition request) {
    OrderView view = orders.transition(id, ifMatch, request);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }
}

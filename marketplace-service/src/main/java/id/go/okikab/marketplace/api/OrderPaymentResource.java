package id.go.okikab.marketplace.api;

import id.go.okikab.marketplace.service.Access;
import id.go.okikab.marketplace.service.OrderViews.OrderView;
import id.go.okikab.marketplace.service.PaymentService;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.payment.PaymentNotification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The acquirer's (payment-provider client) side of QRIS orders. */
@Path("/api/v1/order-payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order payments")
public class OrderPaymentResource {

  private final PaymentService payments;

  public OrderPaymentResource(PaymentService payments) {
    this.payments = payments;
  }

  @GET
  @Path("/inquiries/{reference}")
  @RolesAllowed(Access.PAYMENT_PROVIDER)
  @Operation(summary = "The acquirer asks what a QRIS bill number is for (amount, shop, payable)")
  @APIResponse(responseCode = "200", description = "The bill")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public PaymentService.Inquiry inquiry(
      @PathParam("reference")
          @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be a bill number")
          String reference) {
    return payments.inquiry(reference);
  }

  @POST
  @IdempotencyNotRequired("acted on once per bank reference by PaymentNotifications.once")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.PAYMENT_PROVIDER)
  @Operation(
      summary = "The acquirer's payment notification: the order is PAID",
      description =
          "billingCode = the order's paymentCode (QRIS tag 62.01); the amount is the total. Acted"
              + " on once per reference: a repeat answers the same order, a reference reused for"
              + " another payment is 409. Publishes OrderPaid.")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "payment-reference-reused")
  @APIResponse(
      responseCode = "422",
      description =
          "payment-amount-mismatch (amount); order-payment-expired (paidAt); order-transition-illegal (status)")
  public OrderView pay(@Valid @NotNull PaymentNotification notification) {
    return payments.pay(notification);
  }

  @POST
  @Path("/refunds")
  @IdempotencyNotRequired("acted on once per bank reference by PaymentNotifications.once")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.PAYMENT_PROVIDER)
  @Operation(
      summary = "The acquirer's refund notification: the order is REFUNDED",
      description =
          "For an order whose refund was requested or that was cancelled after payment; the"
              + " amount is what was paid. paidAt is when the refund was made. Publishes"
              + " OrderRefunded.")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "payment-reference-reused")
  @APIResponse(
      responseCode = "422",
      description = "refund-amount-invalid (amount); order-transition-illegal (status)")
  public OrderView refund(@Valid @NotNull PaymentNotification notification) {
    return payments.refund(notification);
  }
}

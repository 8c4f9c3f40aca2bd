package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What buyers and shops send about orders. */
public final class OrderCommands {

  private OrderCommands() {}

  public record PlaceOrder(@NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {}

  public record Line(@NotNull UUID productId, @NotNull @Positive @Max(10_000) Integer quantity) {}

  /** A step of the state machine, with the reason (required to cancel, reject or dispute). */
  public record Transition(@NotNull OrderStatus status, @Size(max = 500) String reason) {}
}

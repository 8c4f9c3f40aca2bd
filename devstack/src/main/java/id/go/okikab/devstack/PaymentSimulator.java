package id.go.okikab.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.platform.domain.VerificationCodes;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./oki pay <billing-code> [amount] [--reference R] [--channel C]}: plays the bank for the
 * local run only. With the {@code payment-provider} client's real token it asks the service that
 * issued the code what is due (the bank's inquiry), then posts the payment notification every
 * collecting service takes ({@code PaymentNotification} of platform-web) through the gateway, as a
 * bank would. It is not part of any service and has no authority of its own: the service checks the
 * token, the code and the amount.
 *
 * <p>The collecting service is read from the code's first two digits ({@link #ROUTES}): billing
 * codes are 16 digits, {@code 11…} regional taxes, {@code 21…} permit retribution, {@code 31…}
 * marketplace orders (the QRIS bill number).
 */
final class PaymentSimulator {

  /** A collecting service as the bank sees it: where to ask and where to notify. */
  record Route(String service, String paymentsPath) {
    String inquiry(String code) {
      return paymentsPath + "/inquiries/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
  }

  static final Map<String, Route> ROUTES =
      Map.of(
          "11", new Route("tax-service", "/api/v1/payments"),
          "21", new Route("permits-service", "/api/v1/permit-payments"),
          "31", new Route("marketplace-service", "/api/v1/order-payments"));

  static final String PROVIDER = "payment-provider";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private PaymentSimulator() {}

  static int run(Stack stack, List<String> args) throws IOException, InterruptedException {
    List<String> positional = args.stream().filter(a -> !a.startsWith("--")).toList();
    Optional<String> reference = option(args, "--reference");
    String channel = option(args, "--channel").orElse("TELLER");
    if (positional.isEmpty()) {
      System.err.println(
          "usage: ./oki pay <billing-code> [amount] [--reference R] [--channel TELLER|VA|QRIS]");
      return 2;
    }
    String code = positional.get(0).replaceAll("[\\s.-]", "");
    Route route = route(code).orElse(null);
    if (route == null) {
      System.err.println(
          "not a billing code of the platform: 16 digits starting with one of " + ROUTES.keySet());
      return 2;
    }
    if (stack.services().stream().noneMatch(s -> s.name().equals(route.service()))) {
      System.err.println(route.service() + " is not part of this platform (services.list)");
      return 1;
    }
    String token;
    try {
      token = Tokens.of(stack, PROVIDER);
    } catch (IOException e) {
      System.err.println("Keycloak is not reachable: is the platform up (./oki up)?");
      return 1;
    }
    String gateway = "http://127.0.0.1:" + gatewayPort(stack);
    long amount;
    if (positional.size() > 1) {
      amount = Long.parseLong(positional.get(1).replace(".", ""));
    } else {
      HttpResponse<String> inquiry = send(get(gateway + route.inquiry(code), token));
      if (inquiry.statusCode() != 200) {
        System.err.println(
            "the bank's inquiry was refused (" + inquiry.statusCode() + "): " + inquiry.body());
        return 1;
      }
      amount = JSON.readTree(inquiry.body()).path("amountDue").asLong();
      System.out.println("due: Rp" + rupiah(amount));
    }
    ObjectNode notification = JSON.createObjectNode();
    notification.put("billingCode", code);
    notification.put("amount", amount);
    notification.put("reference", reference.orElse("SIM" + VerificationCodes.next()));
    notification.put(
        "paidAt", OffsetDateTime.now(ZoneId.of("Asia/Jakarta")).withNano(0).toString());
    notification.put("channel", channel);
    HttpResponse<String> paid =
        send(
            HttpRequest.newBuilder(URI.create(gateway + route.paymentsPath()))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(notification)))
                .build());
    System.out.println(
        "notified "
            + route.service()
            + ": reference "
            + notification.path("reference").asText()
            + ", Rp"
            + rupiah(amount)
            + " → "
            + paid.statusCode());
    JsonNode body = paid.body().isBlank() ? JSON.nullNode() : JSON.readTree(paid.body());
    System.out.println(body.toPrettyString());
    return paid.statusCode() / 100 == 2 ? 0 : 1;
  }

  /** The collecting service of a billing code (16 digits, dots, dashes and spaces ignored). */
  static Optional<Route> route(String code) {
    String digits = code.replaceAll("[\\s.-]", "");
    if (!digits.matches("\\d{16}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(ROUTES.get(digits.substring(0, 2)));
  }

  static String rupiah(long amount) {
    return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
  }

  private static int gatewayPort(Stack stack) {
    return stack.services().stream()
        .filter(Stack.Service::isEntry)
        .findFirst()
        .orElseThrow()
        .port();
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(15))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }
}

package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.devstack.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The demo midwives of the puskesmas other than Kayu Agung's (which has the realm's {@code
 * bidan1}): accounts of the local development Keycloak, made through its admin API with the
 * development bootstrap administrator, like the realm file's demo users: role {@code
 * health-officer}, the {@code facility} attribute of their puskesmas, password {@code oki-demo}. A
 * health officer reaches only her facility's kecamatan (ADR 0010), so each puskesmas' records are
 * written by its own midwife.
 */
final class Midwives {

  private static final String PASSWORD = "oki-demo";

  private Midwives() {}

  /** Creates the accounts that do not exist yet; returns how many it created. */
  static int ensure(Stack stack, HttpClient http, List<DemoData.Midwife> midwives) {
    List<DemoData.Midwife> missing = midwives.stream().filter(m -> !m.demoUser()).toList();
    if (missing.isEmpty()) {
      return 0;
    }
    String admin = adminToken(stack, http);
    String users = stack.keycloakUrl() + "/admin/realms/oki/users";
    String role = null;
    int created = 0;
    for (DemoData.Midwife midwife : missing) {
      String lookup =
          users
              + "?exact=true&username="
              + URLEncoder.encode(midwife.username(), StandardCharsets.UTF_8);
      HttpResponse<String> found = send(http, admin, "GET", lookup, null);
      if (found.statusCode() == 200 && json(found.body()).size() > 0) {
        continue;
      }
      ObjectNode user = Api.object();
      user.put("username", midwife.username());
      user.put("enabled", true);
      user.put("email", midwife.username() + "@example.okikab.go.id");
      user.put("emailVerified", true);
      user.put("firstName", midwife.firstName());
      user.put("lastName", midwife.lastName());
      user.putObject("attributes").putArray("facility").add(midwife.facilityCode());
      ObjectNode credential = user.putArray("credentials").addObject();
      credential.put("type", "password");
      credential.put("value", PASSWORD);
      credential.put("temporary", false);
      HttpResponse<String> answer = send(http, admin, "POST", users, user.toString());
      if (answer.statusCode() != 201) {
        throw new DemoFailure(
            "Keycloak did not create the demo midwife "
                + midwife.username()
                + ": "
                + answer.statusCode()
                + " "
                + answer.body());
      }
      if (role == null) {
        role =
            send(
                    http,
                    admin,
                    "GET",
                    stack.keycloakUrl() + "/admin/realms/oki/roles/health-officer",
                    null)
                .body();
      }
      String location = answer.headers().firstValue("Location").orElseThrow();
      HttpResponse<String> mapped =
          send(http, admin, "POST", location + "/role-mappings/realm", "[" + role + "]");
      if (mapped.statusCode() != 204) {
        throw new DemoFailure(
            "Keycloak did not give "
                + midwife.username()
                + " the health-officer role: "
                + mapped.statusCode()
                + " "
                + mapped.body());
      }
      created++;
    }
    return created;
  }

  private static String adminToken(Stack stack, HttpClient http) {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
    HttpResponse<String> answer =
        call(
            http,
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (answer.statusCode() != 200) {
      throw new DemoFailure(
          "Keycloak's development administrator (admin/admin) could not sign in to create the demo"
              + " midwives: "
              + answer.statusCode()
              + " "
              + answer.body());
    }
    return json(answer.body()).path("access_token").asText();
  }

  private static HttpResponse<String> send(
      HttpClient http, String token, String method, String url, String body) {
    return call(
        http,
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> call(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DemoFailure("Keycloak is not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure("interrupted", e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (IOException e) {
      throw new DemoFailure("Keycloak answered something else than JSON: " + body, e);
    }
  }
}

package id.go.okikab.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.proxy.BackendCalls;
import id.go.okikab.platform.web.requestid.RequestIds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The citizen overview: one call per configured section, all at once, with the caller's own token
 * (each service applies its own access rules). A section whose service is down, slow or failing
 * says so; the others still return.
 */
@ApplicationScoped
public class OverviewService {

  /**
   * One section's outcome: {@code ok} with the service's data, {@code none}, {@code forbidden} or
   * {@code unavailable}.
   */
  public record Section(
      String status,
      String service,
      @Schema(type = SchemaType.OBJECT, description = "what the service answered") JsonNode data,
      String detail) {}

  /** The overview: every section, and whether all of them answered. */
  public record Overview(boolean complete, Map<String, Section> sections) {}

  private final GatewayConfig config;
  private final BackendCalls calls;
  private final ObjectMapper json;

  OverviewService(GatewayConfig config, BackendCalls calls, ObjectMapper json) {
    this.config = config;
    this.calls = calls;
    this.json = json;
  }

  /**
   * The overview for the bearer of {@code authorization}; {@code caller} is its key as the circuit
   * breakers count callers ({@code GatewayFilter.caller}).
   */
  public Uni<Overview> compose(String authorization, String caller) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", authorization);
    headers.put("Accept", "application/json");
    RequestIds.current().ifPresent(id -> headers.put(RequestIds.HEADER, id));
    List<String> names = new ArrayList<>(config.sections().keySet());
    names.sort(String::compareTo);
    if (names.isEmpty()) {
      return Uni.createFrom().item(new Overview(true, Map.of()));
    }
    List<Uni<Section>> sections = new ArrayList<>();
    for (String name : names) {
      GatewayConfig.Section section = config.sections().get(name);
      sections.add(
          calls
              .get(section.service(), section.path(), headers, section.timeout(), caller)
              .map(this::section));
    }
    return Uni.combine()
        .all()
        .unis(sections)
        .with(
            results -> {
              Map<String, Section> byName = new LinkedHashMap<>();
              boolean complete = true;
              for (int i = 0; i < names.size(); i++) {
                Section section = (Section) results.get(i);
                byName.put(names.get(i), section);
                complete &= !"unavailable".equals(section.status());
              }
              return new Overview(complete, byName);
            });
  }

  private Section section(BackendCalls.Reply reply) {
    if (reply.unavailable() || reply.status() >= 500) {
      return new Section(
          "unavailable",
          reply.service(),
          null,
          reply.unavailable() ? reply.failure() : reply.service() + " answered " + reply.status());
    }
    if (reply.status() == 404) {
      return new Section("none", reply.service(), null, null);
    }
    if (reply.status() == 401 || reply.status() == 403) {
      return new Section("forbidden", reply.service(), null, null);
    }
    if (reply.status() >= 400) {
      return new Section(
          "unavailable", reply.service(), null, reply.service() + " answered " + reply.status());
    }
    try {
      return new Section(
          "ok", reply.service(), json.readTree(reply.body() == null ? "null" : reply.body()), null);
    } catch (Exception e) {
      return new Section(
          "unavailable",
          reply.service(),
          null,
          reply.service() + " answered something that is not JSON");
    }
  }
}

package id.go.okikab.gateway.api;

import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.messaging.LiveFeed;
import id.go.okikab.platform.web.identity.CallerIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The live event feed for operators (Server-Sent Events). */
@Path("/api/v1/events/stream")
@Tag(name = "Live feed", description = "Platform events as they arrive")
public class EventStreamResource {

  private final LiveFeed feed;
  private final CallerIdentity caller;
  private final GatewayConfig config;

  EventStreamResource(LiveFeed feed, CallerIdentity caller, GatewayConfig config) {
    this.feed = feed;
    this.caller = caller;
    this.config = config;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @RolesAllowed({"operator", "admin"})
  @Operation(
      summary = "Events as they arrive, with their CloudEvents attributes",
      description =
          "Filter with topic=… and type=… (each repeatable; type is the event name or ce_type)."
              + " Restricted (health) topics appear only for the roles allowed to see them.")
  @APIResponse(responseCode = "200", description = "An event stream")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an operator")
  public Multi<LiveFeed.FeedEvent> stream(
      @QueryParam("topic") List<String> topics, @QueryParam("type") List<String> types) {
    boolean restrictedAllowed = config.feed().restrictedRoles().stream().anyMatch(caller::hasRole);
    Set<String> topicFilter = Set.copyOf(topics);
    Set<String> typeFilter = Set.copyOf(types);
    return feed.stream()
        .filter(e -> restrictedAllowed || !e.restricted())
        .filter(e -> topicFilter.isEmpty() || topicFilter.contains(e.topic()))
        .filter(
            e ->
                typeFilter.isEmpty()
                    || typeFilter.contains(e.event())
                    || typeFilter.contains(e.type()));
  }
}

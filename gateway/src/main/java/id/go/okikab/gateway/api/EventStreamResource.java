package id.go.okikab.gateway.api;

import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.gateway.config.GatewayConfig;
import id.go.okikab.gateway.messaging.LiveFeedConsumer;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
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

  private final LiveFeedConsumer feed;
  private final CallerIdentity caller;
  private final GatewayConfig config;
  private final EventCatalog catalog;

  EventStreamResource(
      LiveFeedConsumer feed, CallerIdentity caller, GatewayConfig config, EventCatalog catalog) {
    this.feed = feed;
    this.caller = caller;
    this.config = config;
    this.catalog = catalog;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @RolesAllowed({"operator", "admin"})
  @Operation(
      summary = "Events as they arrive, with their CloudEvents attributes",
      description =
          "Filter with topic=… and type=… (each repeatable; topic a catalogued topic, type a"
              + " catalogued event name or ce_type). Restricted (health) topics appear only for"
              + " the roles allowed to see them.")
  @APIResponse(responseCode = "200", description = "An event stream")
  @APIResponse(responseCode = "400", description = "A topic or type that is not catalogued")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Not an operator")
  public Multi<LiveFeedConsumer.FeedEvent> stream(
      @QueryParam("topic") List<String> topics, @QueryParam("type") List<String> types) {
    List<FieldError> errors = new ArrayList<>();
    if (topics.stream().anyMatch(t -> catalog.topic(t).isEmpty())) {
      errors.add(
          new FieldError("topic", "must be a catalogued topic, e.g. civil-registry.birth.v1"));
    }
    if (!types.stream().allMatch(this::catalogued)) {
      errors.add(
          new FieldError(
              "type", "must be a catalogued event name or ce_type, e.g. BirthRegistered"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
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

  private boolean catalogued(String type) {
    return catalog.forCeType(type).isPresent()
        || catalog.types().stream().anyMatch(t -> t.name().equals(type));
  }
}

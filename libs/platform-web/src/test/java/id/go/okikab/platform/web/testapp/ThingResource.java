package id.go.okikab.platform.web.testapp;

import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.audit.ReadAuditRecord;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.testapp.ThingApi.CreateThing;
import id.go.okikab.platform.web.testapp.ThingApi.ThingView;
import id.go.okikab.platform.web.testapp.ThingApi.UpdateThing;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/things")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ThingResource {

  private final ThingService service;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;

  @jakarta.inject.Inject java.time.Clock clock;

  public ThingResource(ThingService service, CallerIdentity caller, ReadAudit readAudit) {
    this.service = service;
    this.caller = caller;
    this.readAudit = readAudit;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"citizen", "registry-officer"})
  public Response create(@Valid @NotNull CreateThing request) throws InterruptedException {
    ThingView created = service.create(request);
    return Response.created(URI.create("/api/v1/things/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  public Page<ThingView> list(
      @QueryParam("codePrefix") @DefaultValue("") String codePrefix,
      @Valid @BeanParam PageRequest paging) {
    return service.list(codePrefix, paging);
  }

  @GET
  @Path("/search")
  public Map<String, Object> search(
      @QueryParam("q") @Size(min = 3) String query,
      @QueryParam("max-results") @Max(10) Integer maxResults) {
    return Map.of("q", String.valueOf(query));
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    ThingView thing = service.read(id);
    return Response.ok(thing).header(HttpHeaders.ETAG, Preconditions.etag(thing.version())).build();
  }

  @GET
  @Path("/{id}/private")
  public ThingView getPrivate(@PathParam("id") UUID id) {
    return service.readPrivate(id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rename(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateThing request) {
    ThingView thing = service.rename(id, ifMatch, request.name());
    return Response.ok(thing).header(HttpHeaders.ETAG, Preconditions.etag(thing.version())).build();
  }

  @POST
  @Path("/{id}/race")
  @IdempotencyNotRequired("test hook: simulates a concurrent writer")
  public ThingView race(@PathParam("id") UUID id) {
    return service.renameRacing(id, "raced");
  }

  @POST
  @Path("/{id}/approval")
  @Idempotent
  @RolesAllowed("registry-officer")
  public Response approve(@PathParam("id") UUID id) {
    return Response.ok(service.approve(id)).build();
  }

  @GET
  @Path("/read-audit")
  @RolesAllowed("registry-officer")
  public Page<ReadAuditRecord> readAudit(
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("resourceId") String resourceId,
      @Valid @BeanParam PageRequest paging) {
    return subjectRef != null
        ? readAudit.bySubject(subjectRef, paging)
        : readAudit.byResource("thing", resourceId, paging);
  }

  @GET
  @Path("/me")
  public Map<String, Object> me() {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("anonymous", caller.isAnonymous());
    me.put("subject", caller.subject().orElse(null));
    me.put("username", caller.username().orElse(null));
    me.put("roles", caller.roles());
    me.put("citizen", caller.hasRole("citizen"));
    me.put("nik", caller.nik().orElse(null));
    me.put("subjectRef", caller.subjectRef().orElse(null));
    me.put("clientId", caller.clientId().orElse(null));
    me.put("agencyClientId", caller.agencyClientId().orElse(null));
    me.put("actorId", caller.actorId());
    me.put("facility", caller.facility().orElse(null));
    me.put("today", java.time.LocalDate.now(clock).toString());
    me.put("zone", clock.getZone().getId());
    return me;
  }
}

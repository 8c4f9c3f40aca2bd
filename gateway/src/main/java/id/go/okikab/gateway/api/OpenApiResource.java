package id.go.okikab.gateway.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.okikab.gateway.service.OpenApiMerger;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document of the platform (Swagger UI at /q/swagger-ui). */
@Path("/api/v1/openapi")
@PermitAll
@Tag(name = "API description")
public class OpenApiResource {

  private final OpenApiMerger merger;

  OpenApiResource(OpenApiMerger merger) {
    this.merger = merger;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One OpenAPI document for every routed service and the gateway")
  @APIResponse(
      responseCode = "200",
      description = "The document (services that are down are listed in info.x-oki-unavailable)")
  public Uni<ObjectNode> document(@Context HttpServerRequest request) {
    return merger.document(request.localAddress().port());
  }
}

package id.go.okikab.platform.web.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error response of every service's OpenAPI document is {@code application/problem+json} (RFC
 * 9457), with the platform's {@code Problem} schema: the resources declare only the statuses and
 * what they mean ({@link ProblemDocs}). Registered for every service by the platform defaults
 * ({@code mp.openapi.filter} in platform-web's {@code META-INF/microprofile-config.properties}).
 */
public class ProblemResponses implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .values()
          .forEach(
              item ->
                  item.getOperations()
                      .values()
                      .forEach(
                          operation -> {
                            if (operation.getResponses() != null
                                && operation.getResponses().getAPIResponses() != null) {
                              operation
                                  .getResponses()
                                  .getAPIResponses()
                                  .forEach(
                                      (code, response) -> {
                                        if (code.startsWith("4") || code.startsWith("5")) {
                                          problem(code, response);
                                        }
                                      });
                            }
                          }));
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Schema fieldError =
        OASFactory.createSchema()
            .type(java.util.List.of(Schema.SchemaType.OBJECT))
            .properties(
                Map.of(
                    "field", string("the field, parameter or header at fault"),
                    "message", string("what is wrong with it")));
    openAPI
        .getComponents()
        .addSchema(
            "Problem",
            OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description(
                    "RFC 9457 problem details; type is https://okikab.go.id/problems/<rule>")
                .properties(
                    Map.of(
                        "type", string("the problem type URI (stable)"),
                        "title", string("short summary"),
                        "status",
                            OASFactory.createSchema()
                                .type(java.util.List.of(Schema.SchemaType.INTEGER)),
                        "detail", string("what went wrong, for a person"),
                        "instance", string("the request path"),
                        "requestId", string("the correlation id (X-Request-Id)"),
                        "errors",
                            OASFactory.createSchema()
                                .type(java.util.List.of(Schema.SchemaType.ARRAY))
                                .items(fieldError))));
  }

  private static void problem(String code, APIResponse response) {
    if (response.getDescription() == null || response.getDescription().isBlank()) {
      response.setDescription(ProblemDocs.of(code));
    }
    if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  PROBLEM_JSON,
                  OASFactory.createMediaType()
                      .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(java.util.List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}

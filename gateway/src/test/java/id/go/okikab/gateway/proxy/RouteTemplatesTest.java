package id.go.okikab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics label of a routed path: its service's template, else the route's prefix. */
class RouteTemplatesTest {

  private static final RoutingTable ROUTES =
      new RoutingTable(
          new SmallRyeConfigBuilder()
              .withMapping(GatewayConfig.class)
              .withConverter(Duration.class, 100, new DurationConverter()) // "10s", as Quarkus
              .withSources(
                  new PropertiesConfigSource(
                      Map.of(
                          "oki.gateway.services.civil-registry.url", "http://localhost:1",
                          "oki.gateway.services.health.url", "http://localhost:2",
                          "oki.gateway.routes.families.service", "civil-registry",
                          "oki.gateway.routes.\"verifications/residents\".service",
                              "civil-registry",
                          "oki.gateway.routes.children.service", "health"),
                      "test",
                      100))
              .build()
              .getConfigMapping(GatewayConfig.class));

  private static String label(RouteTemplates templates, String path) {
    return templates.label(ROUTES.match(path).orElseThrow());
  }

  @Test
  void beforeAnyDocumentTheRoutesPrefixWithAWildcard() {
    RouteTemplates templates = new RouteTemplates(ROUTES);
    assertThat(label(templates, "/api/v1/families/0b0c7a9e-1f7e-4c1e-9a53-0e8f0d6c3b21"))
        .isEqualTo("/api/v1/families/*");
    assertThat(label(templates, "/api/v1/families")).isEqualTo("/api/v1/families");
    assertThat(label(templates, "/api/v1/verifications/residents"))
        .isEqualTo("/api/v1/verifications/residents");
    assertThat(label(templates, "/api/v1/verifications/residents/x"))
        .isEqualTo("/api/v1/verifications/residents/*");
  }

  @Test
  void theServicesTemplatesLabelItsPathsALiteralSegmentWinningOverAParameter() {
    RouteTemplates templates = new RouteTemplates(ROUTES);
    templates.learn(
        "civil-registry",
        List.of(
            "/api/v1/families",
            "/api/v1/families/{id}",
            "/api/v1/families/mine",
            "/api/v1/families/{id}/members/{nik}",
            "/api/v1/verifications/residents"));
    assertThat(label(templates, "/api/v1/families/0b0c7a9e-1f7e-4c1e-9a53-0e8f0d6c3b21"))
        .isEqualTo("/api/v1/families/{id}");
    assertThat(label(templates, "/api/v1/families/mine")).isEqualTo("/api/v1/families/mine");
    assertThat(label(templates, "/api/v1/families/f1/members/1602055708900001"))
        .isEqualTo("/api/v1/families/{id}/members/{nik}");
    assertThat(label(templates, "/api/v1/families")).isEqualTo("/api/v1/families");
    assertThat(label(templates, "/api/v1/verifications/residents"))
        .isEqualTo("/api/v1/verifications/residents");
    // a path no template covers: still the route, never the path
    assertThat(label(templates, "/api/v1/families/f1/unknown/2")).isEqualTo("/api/v1/families/*");
  }

  @Test
  void aServiceTeachesOnlyThePathsRoutedToIt() {
    RouteTemplates templates = new RouteTemplates(ROUTES);
    // the civil registry cannot name health's routes, nor the gateway's own
    templates.learn("civil-registry", List.of("/api/v1/children/{id}", "/api/v1/children/x"));
    assertThat(label(templates, "/api/v1/children/x")).isEqualTo("/api/v1/children/*");
    templates.learn("health", List.of("/api/v1/children/{id}"));
    assertThat(label(templates, "/api/v1/children/x")).isEqualTo("/api/v1/children/{id}");
    assertThat(templates.knows("health")).isTrue();
  }
}

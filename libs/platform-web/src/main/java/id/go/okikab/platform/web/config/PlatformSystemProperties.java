package id.go.okikab.platform.web.config;

import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;

/**
 * JVM system properties the platform's HTTP handling depends on, set before Quarkus starts its HTTP
 * server — the one moment application code runs that early is when the configuration is built,
 * which is why this is a {@link ConfigSourceProvider} (registered in {@code
 * META-INF/services/org.eclipse.microprofile.config.spi.ConfigSourceProvider}) that adds no
 * configuration of its own.
 *
 * <ul>
 *   <li>{@code vertx.disableURIValidation=true}: Quarkus' HTTP root handler otherwise answers a
 *       request target that {@link java.net.URI} cannot parse (an invalid percent-escape, a raw
 *       {@code |}) with an empty 400 before any filter runs. The platform's {@code
 *       RequestEdgeFilter} checks the same (RFC 3986) and answers problem details instead.
 * </ul>
 *
 * A property already set on the command line keeps its value.
 */
public class PlatformSystemProperties implements ConfigSourceProvider {

  static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

  static {
    if (System.getProperty(DISABLE_URI_VALIDATION) == null) {
      System.setProperty(DISABLE_URI_VALIDATION, "true");
    }
  }

  @Override
  public Iterable<ConfigSource> getConfigSources(ClassLoader forClassLoader) {
    return List.of();
  }
}

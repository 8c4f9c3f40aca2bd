package id.go.okikab.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the build resolved for the real servers: the Kafka broker's classpath and the Keycloak
 * distribution archive (both recorded by {@code libs/platform-infra/pom.xml}).
 */
public final class InfraLayout {

  private static final String PROPERTIES = "META-INF/oki-infra.properties";
  private static final String KAFKA_CLASSPATH = "META-INF/oki-infra/kafka-broker.classpath";

  private InfraLayout() {}

  /** The Kafka broker's runtime classpath (kafka_2.13 and its dependencies, slf4j-simple). */
  public static String kafkaBrokerClasspath() {
    String classpath = read(KAFKA_CLASSPATH).trim();
    if (classpath.isEmpty()) {
      throw new IllegalStateException(KAFKA_CLASSPATH + " is empty: rebuild libs/platform-infra");
    }
    return classpath;
  }

  public static String keycloakVersion() {
    return properties().getProperty("keycloak.version");
  }

  /** The keycloak-quarkus-dist tar.gz in the local Maven repository. */
  public static Path keycloakDistArchive() {
    return Path.of(properties().getProperty("keycloak.dist"));
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = resource(PROPERTIES)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = InfraLayout.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " not found: is libs/platform-infra on the classpath?");
    }
    return in;
  }
}

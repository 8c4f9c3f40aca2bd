package id.go.okikab.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local platform lives and on which ports: everything overridable by environment
 * variables, with the defaults of the README (gateway 8080, services from 8081, Keycloak 8180,
 * PostgreSQL 15432, Kafka 19092).
 */
public record Stack(Path root, Path home, Ports ports, List<Service> services) {

  /** The service of services.list that clients call: every other one binds to 127.0.0.1. */
  public static final String ENTRY = "gateway";

  /** A service of {@code services.list}. */
  public record Service(String name, String module, int port, String database) {
    public Path jar(Path root) {
      return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String portVariable() {
      return "OKI_" + name.toUpperCase().replace('-', '_') + "_PORT";
    }

    /**
     * Whether this is the platform's entry, the gateway: the only service that listens beyond the
     * loopback interface, so that no client can go around its checks.
     */
    public boolean isEntry() {
      return name.equals(ENTRY);
    }

    /** {@code OKI_CIVIL_REGISTRY_URL} for {@code civil-registry-service}: the gateway's setting. */
    public String urlVariable() {
      return "OKI_" + name.replaceFirst("-service$", "").toUpperCase().replace('-', '_') + "_URL";
    }
  }

  public record Ports(
      int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement) {
    Map<String, Integer> byName() {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("PostgreSQL", postgres);
      ports.put("Kafka", kafka);
      ports.put("Kafka controller", kafkaController);
      ports.put("Keycloak", keycloak);
      ports.put("Keycloak management", keycloakManagement);
      return ports;
    }
  }

  public static Stack load(Path root) {
    Path home =
        env("OKI_HOME").map(Path::of).orElse(root.resolve(".oki")).toAbsolutePath().normalize();
    Ports ports =
        new Ports(
            port("OKI_POSTGRES_PORT", 15432),
            port("OKI_KAFKA_PORT", 19092),
            port("OKI_KAFKA_CONTROLLER_PORT", 19093),
            port("OKI_KEYCLOAK_PORT", 8180),
            port("OKI_KEYCLOAK_MANAGEMENT_PORT", 8190));
    List<Service> services = new ArrayList<>();
    try (var in = Stack.class.getResourceAsStream("/services.list")) {
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : list.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = trimmed.split("\\s+");
        if (fields.length != 4) {
          throw new IllegalStateException("services.list: expected 4 fields in: " + line);
        }
        Service service = new Service(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3]);
        services.add(
            new Service(
                service.name(),
                service.module(),
                port(service.portVariable(), service.port()),
                service.database()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stack(root, home, ports, services);
  }

  /**
   * A platform of its own for tests: data in {@code home}, every port free right now (so it runs
   * beside a developer's ./oki up).
   */
  public static Stack ephemeral(Path root, Path home) {
    Stack configured = load(root);
    Ports ports =
        new Ports(
            id.go.okikab.platform.infra.Ports.free(),
            id.go.okikab.platform.infra.Ports.free(),
            id.go.okikab.platform.infra.Ports.free(),
            id.go.okikab.platform.infra.Ports.free(),
            id.go.okikab.platform.infra.Ports.free());
    List<Service> services = new ArrayList<>();
    for (Service service : configured.services()) {
      services.add(
          new Service(
              service.name(),
              service.module(),
              id.go.okikab.platform.infra.Ports.free(),
              service.database()));
    }
    return new Stack(root, home, ports, services);
  }

  public Path logs() {
    return home.resolve("logs");
  }

  public Path run() {
    return home.resolve("run");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + ports.postgres() + "/" + database;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + ports.kafka();
  }

  public String keycloakUrl() {
    return "http://localhost:" + ports.keycloak();
  }

  public String realmUrl() {
    return keycloakUrl() + "/realms/oki";
  }

  /** The subject-reference secret of this local platform: random, made once, kept in .oki. */
  public String subjectRefSecret() {
    Path file = home.resolve("subject-ref.secret");
    try {
      if (!Files.exists(file)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(home);
        Files.writeString(file, HexFormat.of().formatHex(random));
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int port(String variable, int fallback) {
    return env(variable).map(Integer::parseInt).orElse(fallback);
  }

  private static java.util.Optional<String> env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(value);
  }
}

package id.go.okikab.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.infra.InfraLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and deploy/kubernetes cannot run on the build machines (no Docker engine, no
 * cluster), so this test checks that everything they name exists in the project: the services of
 * the local run, their modules and Dockerfile, ports, every environment variable (some setting
 * reads it), dependencies, mounted files, image versions matching the build, one database per
 * service, probes, replicas, resources, and that no secret is written into them.
 */
class DeploymentDescriptorsTest {

  static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "keycloak");

  static Path root;
  static Stack stack;
  static Set<String> knownSettings;
  static String settingsText;

  @BeforeAll
  static void readTheProject() throws IOException {
    root = repositoryRoot();
    stack = Stack.load(root);
    StringBuilder text = new StringBuilder();
    knownSettings = new HashSet<>();
    try (Stream<Path> files = Files.walk(root, 8)) {
      for (Path file :
          files
              .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.oki"))
              .filter(
                  f ->
                      f.toString().endsWith("src/main/resources/application.properties")
                          || f.toString().endsWith("META-INF/microprofile-config.properties"))
              .toList()) {
        String content = Files.readString(file);
        text.append(content).append('\n');
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(content));
        properties
            .stringPropertyNames()
            .forEach(key -> knownSettings.add(key.replaceFirst("^%[a-z]+\\.", "")));
      }
    }
    settingsText = text.toString();
  }

  /** An environment variable is known when a setting reads it or it names a setting. */
  static boolean known(String variable) {
    if (settingsText.contains("${" + variable + ":")
        || settingsText.contains("${" + variable + "}")) {
      return true;
    }
    return knownSettings.stream()
        .anyMatch(key -> key.toUpperCase().replaceAll("[^A-Z0-9]", "_").equals(variable));
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTheServicesOfTheLocalRunAsTheProjectDefinesThem() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    Set<String> applications = new HashSet<>(services.keySet());
    applications.removeAll(INFRASTRUCTURE);
    assertThat(services.keySet()).containsAll(INFRASTRUCTURE);
    assertThat(applications)
        .containsExactlyInAnyOrderElementsOf(
            stack.services().stream().map(Stack.Service::name).toList());

    Set<String> databases = new HashSet<>();
    for (Stack.Service service : stack.services()) {
      Map<String, Object> definition = services.get(service.name());
      Map<String, Object> build = (Map<String, Object>) definition.get("build");
      assertThat(root.resolve((String) build.get("dockerfile")))
          .as("%s Dockerfile", service.name())
          .isRegularFile();
      String module = (String) ((Map<String, Object>) build.get("args")).get("MODULE");
      assertThat(module).isEqualTo(service.module());
      assertThat(root.resolve(module).resolve("pom.xml")).isRegularFile();
      if (service.isEntry()) {
        assertThat((List<String>) definition.get("ports"))
            .containsExactly(service.port() + ":8080");
      } else {
        assertThat(definition)
            .as("%s publishes no port: only the gateway is reachable from outside", service.name())
            .doesNotContainKey("ports");
      }
      assertThat(definition).containsKey("healthcheck");

      Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
      for (String variable : environment.keySet()) {
        assertThat(known(variable))
            .as("%s sets %s, which no setting reads", service.name(), variable)
            .isTrue();
      }
      String dbUrl = (String) environment.get("OKI_DB_URL");
      assertThat(dbUrl).startsWith("jdbc:postgresql://postgres:5432/");
      databases.add(dbUrl.substring(dbUrl.lastIndexOf('/') + 1));
      assertThat((String) environment.get("OKI_SUBJECT_REF_SECRET"))
          .as("secrets come from the environment, never a default")
          .startsWith("${")
          .contains(":?");
      Object dependsOn = definition.get("depends_on");
      if (dependsOn != null) {
        assertThat(services.keySet()).containsAll(((Map<String, Object>) dependsOn).keySet());
      }
      // the gateway is told where every other service is
      if (service.name().equals("gateway")) {
        for (Stack.Service other : stack.services()) {
          if (!other.name().equals("gateway")) {
            assertThat(environment)
                .containsEntry(other.urlVariable(), "http://" + other.name() + ":8080");
          }
        }
      }
    }
    String init = Files.readString(root.resolve("deploy/docker/postgres-init/01-databases.sql"));
    databases.forEach(db -> assertThat(init).contains("CREATE DATABASE " + db + ";"));

    // mounted files exist, images match the versions the build and tests use
    for (Map<String, Object> definition : services.values()) {
      for (Object volume : (List<Object>) definition.getOrDefault("volumes", List.of())) {
        String source = volume.toString().split(":")[0];
        if (source.startsWith("./")) {
          assertThat(root.resolve(source.substring(2))).as("mounted %s", source).exists();
        }
      }
    }
    assertThat((String) services.get("keycloak").get("image"))
        .endsWith(":" + InfraLayout.keycloakVersion());
    assertThat((String) services.get("kafka").get("image"))
        .endsWith(":" + AppInfoParser.getVersion());
  }

  @Test
  void theImageRecipeBakesInNoSecretAndRunsUnprivileged() throws IOException {
    String dockerfile = Files.readString(root.resolve("deploy/docker/Dockerfile.jvm"));
    assertThat(dockerfile)
        .doesNotContainIgnoringCase("password")
        .doesNotContainIgnoringCase("secret=");
    assertThat(dockerfile).contains("USER oki").contains("target/quarkus-app");
  }

  @Test
  @SuppressWarnings("unchecked")
  void kubernetesRunsEachServiceReplicatedWithProbesResourcesAndConfigFromConfigMapsAndSecrets()
      throws IOException {
    Path dir = root.resolve("deploy/kubernetes");
    Map<String, Object> kustomization =
        new Yaml().load(Files.readString(dir.resolve("kustomization.yaml")));
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String resource : (List<String>) kustomization.get("resources")) {
      assertThat(dir.resolve(resource)).as("kustomization resource %s", resource).isRegularFile();
      for (Object document : new Yaml().loadAll(Files.readString(dir.resolve(resource)))) {
        documents.add((Map<String, Object>) document);
      }
    }
    Map<String, Object> configMap = find(documents, "ConfigMap", "oki-platform");
    Map<String, String> config = (Map<String, String>) configMap.get("data");
    Map<String, Object> secret =
        new Yaml().load(Files.readString(dir.resolve("secret.example.yaml")));
    Set<String> secretKeys = ((Map<String, String>) secret.get("stringData")).keySet();
    assertThat(secretKeys).contains("OKI_SUBJECT_REF_SECRET", "OKI_DB_USER", "OKI_DB_PASSWORD");
    ((Map<String, String>) secret.get("stringData"))
        .values()
        .forEach(value -> assertThat(value).as("a template, not a secret").startsWith("<"));
    for (String variable : config.keySet()) {
      if (!variable.endsWith("_DB_URL")) { // per-service keys, mapped to OKI_DB_URL below
        assertThat(known(variable))
            .as("ConfigMap sets %s, which no setting reads", variable)
            .isTrue();
      }
    }
    secretKeys.forEach(variable -> assertThat(known(variable)).as(variable).isTrue());

    for (Stack.Service service : stack.services()) {
      Map<String, Object> deployment = find(documents, "Deployment", service.name());
      Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
      assertThat((Integer) spec.get("replicas")).as("%s replicas", service.name()).isGreaterThan(1);
      Map<String, Object> container =
          ((List<Map<String, Object>>)
                  ((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec"))
                      .get("containers"))
              .get(0);
      assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
      assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
      assertThat((Map<String, Object>) path(container, "resources", "requests"))
          .containsKeys("cpu", "memory");
      String envFrom = container.get("envFrom").toString();
      assertThat(envFrom).contains("oki-platform").contains("oki-platform-secrets");
      for (Map<String, Object> env :
          (List<Map<String, Object>>) container.getOrDefault("env", List.of())) {
        assertThat(known((String) env.get("name")))
            .as("%s env %s", service.name(), env.get("name"))
            .isTrue();
        Object key = path(env, "valueFrom", "configMapKeyRef", "key");
        if (key != null) {
          assertThat(config).as("ConfigMap key %s", key).containsKey((String) key);
        }
      }
      find(documents, "Service", service.name());
      // only the gateway (and Prometheus) may open a connection to a service
      Map<String, Object> policy = find(documents, "NetworkPolicy", service.name() + "-ingress");
      List<Map<String, Object>> from =
          (List<Map<String, Object>>)
              ((List<Map<String, Object>>) path(policy, "spec", "ingress")).get(0).get("from");
      assertThat(path(policy, "spec", "podSelector", "matchLabels"))
          .isEqualTo(Map.of("app.kubernetes.io/name", service.name()));
      for (Map<String, Object> peer : from) {
        Object pod = path(peer, "podSelector", "matchLabels");
        Object namespace = path(peer, "namespaceSelector", "matchLabels");
        if (service.isEntry()) {
          assertThat(namespace).as("the gateway is reached from other namespaces").isNotNull();
        } else if (pod != null) {
          assertThat(pod).isEqualTo(Map.of("app.kubernetes.io/name", Stack.ENTRY));
        } else {
          assertThat(namespace)
              .as("%s: only the gateway or monitoring", service.name())
              .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
        }
      }
    }
    Map<String, Object> denyAll = find(documents, "NetworkPolicy", "default-deny-ingress");
    assertThat(path(denyAll, "spec", "podSelector")).isEqualTo(Map.of());
    assertThat(path(denyAll, "spec", "ingress")).isNull();
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> map, String... keys) {
    Object current = map;
    for (String key : keys) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<String, Object>) current).get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> find(
      List<Map<String, Object>> documents, String kind, String name) {
    return documents.stream()
        .filter(d -> kind.equals(d.get("kind")))
        .filter(d -> name.equals(((Map<String, Object>) d.get("metadata")).get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/kubernetes"));
  }

  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))
          && Files.exists(dir.resolve("docker-compose.yml"))) {
        return dir;
      }
    }
    throw new UncheckedIOException(new IOException("repository root not found"));
  }
}

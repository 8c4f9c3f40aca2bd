package id.go.okikab.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.devstack.demo.DemoDataLoader;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.DemoJourney;
import id.go.okikab.platform.infra.KeycloakServer;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The commands of {@code ./oki} besides up, down and status. */
final class Commands {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Commands() {}

  /**
   * {@code ./oki token <user>}: an access token for a demo user (password grant of the development
   * realm), or for an agency client ({@code agency-verifier}, {@code payment-provider}: client
   * credentials with the realm file's development secret).
   */
  static int token(Stack stack, List<String> args) throws Exception {
    if (args.isEmpty()) {
      System.err.println(
          "usage: ./oki token <user>   (warga1, bidan1, dukcapil1, kominfo1, admin1, agency-verifier, …)");
      return 2;
    }
    try {
      System.out.println(Tokens.of(stack, args.get(0)));
      return 0;
    } catch (IOException e) {
      System.err.println(
          "Keycloak is not reachable at "
              + stack.keycloakUrl()
              + ": is the platform up (./oki up)?");
      return 1;
    } catch (Tokens.RefusedException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  /**
   * {@code ./oki tail [--from-beginning] [topic…]}: follows the platform's topics (all of the
   * catalog by default), one line per event: time, topic, type, subject, id, source, body.
   */
  static int tail(Stack stack, List<String> args) {
    boolean fromBeginning = args.contains("--from-beginning");
    List<String> topics = new ArrayList<>(args.stream().filter(a -> !a.startsWith("--")).toList());
    if (topics.isEmpty()) {
      PlatformEvents.CATALOG.topics().forEach(t -> topics.add(t.name()));
    }
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
          System.err.println("no topic " + topic + " (is the platform up?)");
          continue;
        }
        infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      if (partitions.isEmpty()) {
        return 1;
      }
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      System.err.println(
          "following "
              + topics.size()
              + " topics"
              + (fromBeginning ? " from the beginning" : "")
              + " (Ctrl-C stops)");
      while (true) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          System.out.println(line(record));
        }
      }
    }
  }

  static String line(ConsumerRecord<String, String> record) {
    String type = header(record, "ce_type");
    String name =
        type == null
            ? "?"
            : PlatformEvents.CATALOG.forCeType(type).map(EventCatalog.EventType::name).orElse(type);
    return String.join(
        " ",
        String.valueOf(header(record, "ce_time")),
        record.topic(),
        name,
        "subject=" + record.key(),
        "id=" + header(record, "ce_id"),
        "source=" + header(record, "ce_source"),
        record.value() == null ? "" : record.value());
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * On {@code ./oki up}, once the platform is ready: loads the demo data through the services' APIs
   * the first time (until {@link DemoDataLoader#MARKER} exists; {@code OKI_DEMO_DATA=off} skips
   * it). A failure is printed and the platform keeps running ({@code ./oki demo-data} repeats the
   * load).
   */
  static void demoDataOnFirstStart(Stack stack) {
    String setting = System.getenv("OKI_DEMO_DATA");
    if (DemoDataLoader.loaded(stack) || "off".equalsIgnoreCase(setting)) {
      return;
    }
    System.out.print("  loading the demo data through the APIs … ");
    System.out.flush();
    loadDemoData(stack, "    ");
  }

  /** {@code ./oki demo-data}: loads (or completes) the demo data; idempotent. */
  static int demoData(Stack stack) {
    if (!gatewayReady(stack)) {
      return 1;
    }
    System.out.print(
        (DemoDataLoader.loaded(stack)
            ? "the demo data was loaded before; checking it and completing what is missing … "
            : "loading the demo data through the APIs … "));
    System.out.flush();
    return loadDemoData(stack, "  ") ? 0 : 1;
  }

  private static boolean loadDemoData(Stack stack, String indent) {
    try {
      DemoDataLoader.Summary summary =
          DemoDataLoader.load(
              stack,
              part -> {
                System.out.print(part + " · ");
                System.out.flush();
              });
      System.out.println("done in " + summary.took().toSeconds() + " s");
      System.out.println(indent + summary.describe());
      System.out.println(
          indent
              + (summary.created() == 0
                  ? "(all of it was there already)"
                  : "(" + summary.created() + " records created now)"));
      return true;
    } catch (DemoFailure | IllegalStateException e) {
      System.out.println("failed");
      System.err.println(e.getMessage().indent(indent.length()).stripTrailing());
      System.err.println(
          indent
              + "the platform keeps running; ./oki demo-data repeats the load (it completes what is"
              + " missing)");
      return false;
    }
  }

  /**
   * {@code ./oki demo}: the cross-agency journey against the running platform ({@link
   * DemoJourney}); non-zero when a step fails.
   */
  static int demo(Stack stack) {
    if (!gatewayReady(stack)) {
      return 1;
    }
    try {
      DemoJourney.run(stack, System.out::println);
      return 0;
    } catch (DemoFailure e) {
      System.out.flush();
      System.err.println("\nThe demo journey failed at " + e.getMessage());
      return 1;
    }
  }

  private static boolean gatewayReady(Stack stack) {
    Stack.Service gateway =
        stack.services().stream().filter(s -> s.name().equals("gateway")).findFirst().orElseThrow();
    if (!Platform.isUp(URI.create("http://127.0.0.1:" + gateway.port() + "/q/health/ready"))) {
      System.err.println(
          "the gateway is not ready on port "
              + gateway.port()
              + ": is the platform up (./oki up)?");
      return false;
    }
    return true;
  }

  /** {@code ./oki logs <service>}: the last lines of its log, then follows it. */
  static int logs(Stack stack, List<String> args) throws Exception {
    List<String> names = new ArrayList<>(List.of("keycloak"));
    stack.services().forEach(s -> names.add(s.name()));
    if (args.isEmpty() || !names.contains(args.get(0))) {
      System.err.println("usage: ./oki logs <" + String.join("|", names) + ">");
      return 2;
    }
    Path log = stack.logs().resolve(args.get(0) + ".log");
    if (!Files.exists(log)) {
      System.err.println("no log yet: " + log);
      return 1;
    }
    return new ProcessBuilder("tail", "-n", "100", "-F", log.toString())
        .inheritIO()
        .start()
        .waitFor();
  }

  /** {@code ./oki reset}: deletes every piece of local data (the platform must be down). */
  static int reset(Stack stack) throws Exception {
    Path pid = stack.run().resolve("oki.pid");
    if (Files.exists(pid)
        && ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
            .map(ProcessHandle::isAlive)
            .orElse(false)) {
      System.err.println("the platform runs: ./oki down first");
      return 1;
    }
    ServerDirs.deleteRecursively(stack.home());
    System.out.println("deleted " + stack.home() + " (databases, topics, Keycloak data, logs)");
    return 0;
  }

  /**
   * Keeps Keycloak's development database with the local data (so {@code reset} empties it): the
   * unpacked distribution's {@code data/h2} becomes a link to {@code .oki/keycloak-h2}.
   */
  static void linkKeycloakData(Stack stack) throws IOException {
    Path h2 =
        KeycloakServer.unpackedDistribution(KeycloakServer.Database.DEV_FILE).resolve("data/h2");
    Path target = stack.home().resolve("keycloak-h2");
    Files.createDirectories(target);
    if (Files.isSymbolicLink(h2) && Files.readSymbolicLink(h2).equals(target)) {
      return;
    }
    if (Files.isSymbolicLink(h2)) {
      Files.delete(h2);
    } else if (Files.exists(h2)) {
      ServerDirs.deleteRecursively(h2);
    }
    Files.createDirectories(h2.getParent());
    Files.createSymbolicLink(h2, target);
  }
}

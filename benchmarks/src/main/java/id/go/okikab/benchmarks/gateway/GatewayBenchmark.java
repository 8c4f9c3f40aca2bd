package id.go.okikab.benchmarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.devstack.Platform;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.Tokens;
import id.go.okikab.platform.infra.ServerDirs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The gateway's cost: the same GET sent straight to the service and through the gateway, in one
 * run, with the standard load generator {@code wrk}; and the latency of the citizen overview
 * ({@code GET /api/v1/me/overview}), which the gateway composes from four service calls.
 *
 * <p>The whole platform is started the way {@code ./oki up} starts it (devstack's {@link Platform}:
 * PostgreSQL, Kafka, Keycloak with realm oki, the civil registry, health and the gateway from their
 * packaged jars, with devstack's JVM options) on free ports with its data in a temporary folder,
 * and stopped at the end. Tokens are real Keycloak tokens of the demo users, fetched fresh for
 * every wrk run (they live 15 minutes). The gateway validates the token and the service validates
 * it again, so the direct call also pays its own token check.
 *
 * <p>The gateway's per-caller rate limit (600 requests a minute by default) would answer 429 to a
 * single caller after a few hundred requests; this benchmark measures the proxy path, so it runs
 * the platform with {@code OKI_GATEWAY_RATE_LIMIT_PER_CALLER} and {@code _PER_IP} set to a billion
 * (the limiter still runs for every request). Devstack passes its own environment to the services,
 * so the benchmark runs itself once more in a child JVM with those variables set. Any non-2xx
 * answer is counted and shown.
 *
 * <p>Cases: a citizen reading her own resident record by id ({@code GET /api/v1/residents/{id}},
 * token checked by both, one indexed read, no audit row), and a public region by code ({@code GET
 * /api/v1/regions/{code}}, no token: the cheapest route, so the gateway's share is largest). For
 * each load, every round runs wrk against the service and against the gateway (the order alternates
 * between rounds), then prints both, the ratio of gateway to direct throughput and the p99 the
 * gateway adds, per round and as the median, with the CPU time each process spent per request (from
 * /proc). An optional case, {@code region-token}, sends the public region with a token: the gateway
 * checks it, the service has no need to, so it shows the gateway's token check.
 *
 * <p>Settings (system property {@code bench.<name>} or environment variable {@code
 * OKI_BENCH_<NAME>}): {@code seconds} (20 per wrk run), {@code warmup} (15 s per target, 40 with
 * {@code jvm=production}), {@code rounds} (3), {@code loads} ({@code 2x32,1x4,1x1}: wrk threads x
 * connections), {@code cases} ({@code resident,region,overview}), {@code jvm} ({@code devstack}:
 * the services with devstack's JVM options, C1 only; {@code production}: with the options of {@code
 * deploy/docker/Dockerfile.jvm}, {@link #PRODUCTION_JVM_OPTIONS}), {@code verbose} (1: print wrk's
 * own reports).
 */
public final class GatewayBenchmark {

  private static final String RELAUNCHED = "OKI_BENCH_GATEWAY_CHILD";
  private static final String UNLIMITED = "1000000000";

  private static final int SECONDS = setting("seconds", 20);
  private static final int ROUNDS = setting("rounds", 3);
  private static final List<Wrk.Load> LOADS =
      Arrays.stream(text("loads", "2x32,1x4,1x1").split(",")).map(Wrk.Load::parse).toList();
  private static final List<String> CASES =
      Arrays.stream(text("cases", "resident,region,overview").split(","))
          .map(String::trim)
          .toList();
  private static final boolean VERBOSE = setting("verbose", 0) == 1;

  /**
   * The options of {@code deploy/docker/Dockerfile.jvm} ({@code -XX:+UseSerialGC
   * -XX:MaxRAMPercentage=75}, full tiered compilation) in pods limited to 768 MiB ({@code
   * deploy/kubernetes}), i.e. a heap of 576 MiB.
   */
  static final List<String> PRODUCTION_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx576m");

  /** devstack: the services as ./oki up starts them; production: with production's JVM options. */
  private static final String JVM = text("jvm", "devstack");

  /**
   * Seconds of load per target before the measured rounds: C2 (production) needs longer than C1 to
   * settle; with 15 s its first round still ran ~30% slower than the next.
   */
  private static final int WARMUP = setting("warmup", JVM.equals("production") ? 40 : 15);

  private final Stack stack;
  private final String gateway;
  private final Map<String, Long> pids;

  private GatewayBenchmark(Stack stack, Map<String, Long> pids) {
    this.stack = stack;
    this.gateway = base(stack, "gateway");
    this.pids = pids;
  }

  public static void main(String[] args) throws Exception {
    if (Wrk.version().isEmpty()) {
      throw new IllegalStateException("wrk is not installed (apt-get install wrk)");
    }
    if (System.getenv(RELAUNCHED) == null) {
      System.exit(relaunch());
    }
    Path root = repositoryRoot();
    Path home =
        Files.createDirectories(ServerDirs.base()).resolve("bench-gateway-" + System.nanoTime());
    Stack stack = Stack.ephemeral(root, home);
    System.out.printf(
        "%nGateway benchmark: %s, %d s per run after %d s warm-up, %d rounds, loads %s;"
            + " %d cores, Java %s%nload average before starting: %s%n%n",
        Wrk.version().orElseThrow(),
        SECONDS,
        WARMUP,
        ROUNDS,
        LOADS,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        loadAverage());
    boolean production = JVM.equals("production");
    if (!production && !JVM.equals("devstack")) {
      throw new IllegalArgumentException("bench.jvm is devstack or production, not " + JVM);
    }
    System.out.printf(
        "service JVMs: %s%n",
        production
            ? "production's options " + PRODUCTION_JVM_OPTIONS + " (deploy/docker/Dockerfile.jvm)"
            : "devstack's options (as ./oki up starts them)");
    Instant begin = Instant.now();
    Platform platform =
        Platform.start(
            stack,
            new Platform.Progress() {
              @Override
              public void starting(String what) {
                System.out.print("starting " + what + " … ");
                System.out.flush();
              }

              @Override
              public void ready() {
                System.out.println("ready");
              }
            },
            production ? PRODUCTION_JVM_OPTIONS : Platform.DEVSTACK_JVM_OPTIONS);
    try {
      System.out.printf(
          "platform up in %d s (data in %s)%n",
          Duration.between(begin, Instant.now()).toSeconds(), home);
      new GatewayBenchmark(stack, servicePids(stack)).run();
    } finally {
      platform.stop();
      ServerDirs.deleteRecursively(home);
    }
  }

  private void run() throws Exception {
    CitizenData data = new CitizenData(stack, gateway);
    CitizenData.Seeded seeded = data.create();
    JsonNode overview = data.overview();
    StringBuilder sections = new StringBuilder();
    overview
        .path("sections")
        .fields()
        .forEachRemaining(
            e ->
                sections
                    .append(' ')
                    .append(e.getKey())
                    .append('=')
                    .append(e.getValue().path("status").asText()));
    System.out.printf(
        "%nseeded through the gateway: warga1's resident record %s, family card %s (head, wife,"
            + " daughter with NIK %s), ongoing pregnancy %s%nher overview: complete=%s,%s%n",
        seeded.residentId(),
        seeded.familyId(),
        seeded.childNik(),
        seeded.pregnancyId(),
        overview.path("complete").asText(),
        sections);

    String civil = base(stack, "civil-registry-service");
    if (CASES.contains("resident")) {
      compare(
          "resident by id: GET /api/v1/residents/{id}, warga1's own record with her token",
          civil,
          "/api/v1/residents/" + seeded.residentId(),
          Optional.of("warga1"));
    }
    if (CASES.contains("region")) {
      compare(
          "public region: GET /api/v1/regions/" + CitizenData.KIJANG_ULU + ", no token",
          civil,
          "/api/v1/regions/" + CitizenData.KIJANG_ULU,
          Optional.empty());
    }
    if (CASES.contains("region-token")) {
      // the same public route with a token: the gateway checks it (the service has no need to),
      // so the difference to the case above is the gateway's token check
      compare(
          "public region with warga1's token: GET /api/v1/regions/" + CitizenData.KIJANG_ULU,
          civil,
          "/api/v1/regions/" + CitizenData.KIJANG_ULU,
          Optional.of("warga1"));
    }
    if (CASES.contains("overview")) {
      overview();
    }
    System.out.printf("%nload average at the end: %s%n", loadAverage());
  }

  /** One wrk run with the CPU time each platform process used meanwhile. */
  private record Run(Wrk.Result result, Map<String, Double> cpuMsPerRequest) {}

  private void compare(String title, String service, String path, Optional<String> user)
      throws Exception {
    String direct = service + path;
    String proxied = gateway + path;
    sameAnswer(direct, proxied, user);
    System.out.printf("%n== %s%n", title);
    System.out.printf("   direct %s%n   gateway %s%n", direct, proxied);
    System.out.printf("   load average: %s%n", loadAverage());
    Wrk.Load heaviest = LOADS.get(0);
    for (String url : List.of(direct, proxied)) {
      Run warm = wrk(heaviest, WARMUP, url, user);
      if (!warm.result().clean()) {
        throw new IllegalStateException(
            "warm-up against " + url + " was not clean:\n" + warm.result().report());
      }
    }
    for (Wrk.Load load : LOADS) {
      List<Run> directRuns = new ArrayList<>();
      List<Run> gatewayRuns = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        if (round % 2 == 0) {
          directRuns.add(wrk(load, SECONDS, direct, user));
          gatewayRuns.add(wrk(load, SECONDS, proxied, user));
        } else {
          gatewayRuns.add(wrk(load, SECONDS, proxied, user));
          directRuns.add(wrk(load, SECONDS, direct, user));
        }
      }
      printComparison(load, directRuns, gatewayRuns);
    }
  }

  private void printComparison(Wrk.Load load, List<Run> directRuns, List<Run> gatewayRuns) {
    System.out.printf("%n   wrk %s, %d s per run%n", load, SECONDS);
    System.out.printf(
        "   %-7s | %9s %7s %7s | %9s %7s %7s | %6s %9s | %s%n",
        "round",
        "direct/s",
        "p50",
        "p99",
        "gateway/s",
        "p50",
        "p99",
        "ratio",
        "+p99 ms",
        "CPU ms per request: service direct | gateway, service via gateway");
    List<Double> ratios = new ArrayList<>();
    List<Double> added = new ArrayList<>();
    for (int i = 0; i < directRuns.size(); i++) {
      Run d = directRuns.get(i);
      Run g = gatewayRuns.get(i);
      double ratio = g.result().requestsPerSecond() / d.result().requestsPerSecond();
      double plus = g.result().p99() - d.result().p99();
      ratios.add(ratio);
      added.add(plus);
      System.out.printf(
          "   %-7s | %9.0f %7.2f %7.2f | %9.0f %7.2f %7.2f | %5.0f%% %9.2f | %s%s%n",
          (i + 1) + (i % 2 == 0 ? " d,g" : " g,d"),
          d.result().requestsPerSecond(),
          d.result().p50(),
          d.result().p99(),
          g.result().requestsPerSecond(),
          g.result().p50(),
          g.result().p99(),
          ratio * 100,
          plus,
          cpu(d, "service") + " | " + cpu(g, "gateway") + ", " + cpu(g, "service"),
          problems(d) + problems(g));
    }
    System.out.printf(
        "   %-7s | %9.0f %7.2f %7.2f | %9.0f %7.2f %7.2f | %5.0f%% %9.2f |%n",
        "median",
        median(directRuns, r -> r.result().requestsPerSecond()),
        median(directRuns, r -> r.result().p50()),
        median(directRuns, r -> r.result().p99()),
        median(gatewayRuns, r -> r.result().requestsPerSecond()),
        median(gatewayRuns, r -> r.result().p50()),
        median(gatewayRuns, r -> r.result().p99()),
        median(ratios) * 100,
        median(added));
  }

  /** The overview through the gateway: four service calls composed per request. */
  private void overview() throws Exception {
    String url = gateway + "/api/v1/me/overview";
    System.out.printf(
        "%n== citizen overview: GET /api/v1/me/overview through the gateway, warga1's token"
            + " (4 sections: civil record, family card, pregnancies, children)%n");
    System.out.printf("   load average: %s%n", loadAverage());
    Run warm = wrk(LOADS.get(0), WARMUP, url, Optional.of("warga1"));
    if (!warm.result().clean()) {
      throw new IllegalStateException("overview warm-up was not clean:\n" + warm.result().report());
    }
    for (Wrk.Load load : LOADS) {
      System.out.printf("%n   wrk %s, %d s per run%n", load, SECONDS);
      System.out.printf(
          "   %-7s | %9s %7s %7s %7s %8s | %s%n",
          "round",
          "req/s",
          "p50",
          "p90",
          "p99",
          "max",
          "CPU ms per request: gateway, civil registry, health");
      List<Run> runs = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        Run run = wrk(load, SECONDS, url, Optional.of("warga1"));
        runs.add(run);
        System.out.printf(
            "   %-7d | %9.0f %7.2f %7.2f %7.2f %8.2f | %s, %s, %s%s%n",
            round + 1,
            run.result().requestsPerSecond(),
            run.result().p50(),
            run.result().p90(),
            run.result().p99(),
            run.result().max(),
            cpu(run, "gateway"),
            cpu(run, "civil-registry-service"),
            cpu(run, "health-service"),
            problems(run));
      }
      System.out.printf(
          "   %-7s | %9.0f %7.2f %7.2f %7.2f %8.2f |%n",
          "median",
          median(runs, r -> r.result().requestsPerSecond()),
          median(runs, r -> r.result().p50()),
          median(runs, r -> r.result().p90()),
          median(runs, r -> r.result().p99()),
          median(runs, r -> r.result().max()));
    }
  }

  private Run wrk(Wrk.Load load, int seconds, String url, Optional<String> user) throws Exception {
    Optional<String> token = user.isPresent() ? Optional.of(token(user.get())) : Optional.empty();
    Map<String, Long> before = cpuTicks();
    Wrk.Result result = Wrk.run(load, Duration.ofSeconds(seconds), url, token);
    Map<String, Long> after = cpuTicks();
    Map<String, Double> perRequest = new LinkedHashMap<>();
    for (String name : before.keySet()) {
      // clock ticks of 10 ms
      perRequest.put(
          name,
          result.requests() == 0
              ? Double.NaN
              : (after.get(name) - before.get(name)) * 10.0 / result.requests());
    }
    if (VERBOSE) {
      System.out.println(result.report());
    }
    return new Run(result, perRequest);
  }

  /** The service's and the gateway's answers agree (status and body) before anything is timed. */
  private void sameAnswer(String direct, String proxied, Optional<String> user) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Optional<String> token = user.isPresent() ? Optional.of(token(user.get())) : Optional.empty();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (String url : List.of(direct, proxied)) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
      token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
      answers.add(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }
    Iterator<HttpResponse<String>> it = answers.iterator();
    HttpResponse<String> a = it.next();
    HttpResponse<String> b = it.next();
    if (a.statusCode() != 200 || b.statusCode() != 200 || !a.body().equals(b.body())) {
      throw new IllegalStateException(
          "direct and gateway answers differ: "
              + a.statusCode()
              + " "
              + a.body()
              + " / "
              + b.statusCode()
              + " "
              + b.body());
    }
  }

  private String token(String user) throws IOException {
    return Tokens.of(stack, user);
  }

  private String cpu(Run run, String process) {
    String key = process.equals("service") ? "civil-registry-service" : process;
    Double ms = run.cpuMsPerRequest().get(key);
    return ms == null || ms.isNaN() ? "?" : String.format("%.2f", ms);
  }

  private static String problems(Run run) {
    Wrk.Result r = run.result();
    if (r.clean()) {
      return "";
    }
    return "  ! " + r.non2xx() + " non-2xx, " + r.socketErrors() + " socket errors";
  }

  private Map<String, Long> cpuTicks() {
    Map<String, Long> ticks = new LinkedHashMap<>();
    pids.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
    return ticks;
  }

  /** The services' JVMs, children of this one: by their jar on the command line. */
  private static Map<String, Long> servicePids(Stack stack) {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (Stack.Service service : stack.services()) {
      String jar = service.jar(stack.root()).toString();
      ProcessHandle.current()
          .descendants()
          .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
          .findFirst()
          .ifPresent(p -> pids.put(service.name(), p.pid()));
    }
    return pids;
  }

  /** CPU time (user + system) of a process in clock ticks (1/100 s on Linux); 0 when unknown. */
  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
    return median(runs.stream().map(value::applyAsDouble).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String base(Stack stack, String service) {
    return "http://127.0.0.1:"
        + stack.services().stream()
            .filter(s -> s.name().equals(service))
            .findFirst()
            .orElseThrow()
            .port();
  }

  /**
   * Runs this benchmark again in a child JVM whose environment lifts the gateway's rate limits
   * (devstack starts the services with this JVM's environment plus its own settings); its output is
   * this one's, and stopping this JVM stops it (and so the platform).
   */
  private static int relaunch() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-classpath");
    command.add(System.getProperty("java.class.path"));
    command.add(id.go.okikab.benchmarks.Benchmarks.class.getName());
    command.add("gateway");
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(RELAUNCHED, "1");
    builder.environment().putIfAbsent("OKI_GATEWAY_RATE_LIMIT_PER_CALLER", UNLIMITED);
    builder.environment().putIfAbsent("OKI_GATEWAY_RATE_LIMIT_PER_IP", UNLIMITED);
    Process child = builder.start();
    Thread stopChild =
        new Thread(
            () -> {
              if (child.isAlive()) {
                child.destroy();
                try {
                  child.waitFor();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "stop-gateway-benchmark");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int exit = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    return exit;
  }

  private static int setting(String name, int fallback) {
    return Integer.parseInt(text(name, Integer.toString(fallback)));
  }

  private static String text(String name, String fallback) {
    String property = System.getProperty("bench." + name);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String env = System.getenv("OKI_BENCH_" + name.toUpperCase());
    return env != null && !env.isBlank() ? env : fallback;
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn")) && Files.exists(dir.resolve("oki"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}

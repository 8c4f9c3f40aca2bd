package id.go.okikab.benchmarks.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the standard HTTP load generator {@code wrk} (closed loop: each connection sends its next
 * request as soon as the previous answer arrived) and reads its report: requests per second and the
 * latency distribution of {@code --latency}.
 */
final class Wrk {

  /** How many threads and connections wrk uses. */
  record Load(int threads, int connections) {
    static Load parse(String text) {
      String[] parts = text.trim().toLowerCase().split("x");
      return new Load(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Override
    public String toString() {
      return "-t" + threads + " -c" + connections;
    }
  }

  /** One wrk run: throughput, latencies in milliseconds, and what was not a 2xx/3xx answer. */
  record Result(
      double requestsPerSecond,
      long requests,
      double p50,
      double p90,
      double p99,
      double max,
      long non2xx,
      long socketErrors,
      String report) {

    boolean clean() {
      return requests > 0 && non2xx == 0 && socketErrors == 0;
    }
  }

  private static final Pattern DURATION = Pattern.compile("([0-9.]+)(us|ms|s|m|h)");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|75|90|99)(?:\\.0+)?%\\s+(\\S+)\\s*$", Pattern.MULTILINE);
  private static final Pattern LATENCY_STATS =
      Pattern.compile("^\\s*Latency\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)", Pattern.MULTILINE);
  private static final Pattern RPS =
      Pattern.compile("^Requests/sec:\\s+([0-9.]+)", Pattern.MULTILINE);
  private static final Pattern REQUESTS =
      Pattern.compile("^\\s*([0-9]+) requests in", Pattern.MULTILINE);
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile(
          "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

  private Wrk() {}

  /** Whether wrk is installed; its version line when it is. */
  static Optional<String> version() {
    try {
      Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return Optional.of(out.lines().findFirst().orElse("wrk").trim());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Result run(Load load, Duration duration, String url, Optional<String> bearer)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("wrk");
    command.add("-t" + load.threads());
    command.add("-c" + load.connections());
    command.add("-d" + duration.toSeconds() + "s");
    command.add("--timeout");
    command.add("10s");
    command.add("--latency");
    command.add("-H");
    command.add("Accept: application/json");
    bearer.ifPresent(
        token -> {
          command.add("-H");
          command.add("Authorization: Bearer " + token);
        });
    command.add(url);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("wrk failed (" + exit + "):\n" + report);
    }
    return parse(report);
  }

  static Result parse(String report) {
    double p50 = Double.NaN;
    double p90 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(report);
    while (percentile.find()) {
      double ms = millis(percentile.group(2));
      switch (percentile.group(1)) {
        case "50" -> p50 = ms;
        case "90" -> p90 = ms;
        case "99" -> p99 = ms;
        default -> {
          // 75 %: not reported
        }
      }
    }
    Matcher stats = LATENCY_STATS.matcher(report);
    double max = stats.find() ? millis(stats.group(3)) : Double.NaN;
    Matcher rps = RPS.matcher(report);
    Matcher requests = REQUESTS.matcher(report);
    Matcher non2xx = NON_2XX.matcher(report);
    Matcher errors = SOCKET_ERRORS.matcher(report);
    long socketErrors = 0;
    if (errors.find()) {
      for (int i = 1; i <= 4; i++) {
        socketErrors += Long.parseLong(errors.group(i));
      }
    }
    return new Result(
        rps.find() ? Double.parseDouble(rps.group(1)) : 0,
        requests.find() ? Long.parseLong(requests.group(1)) : 0,
        p50,
        p90,
        p99,
        max,
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors,
        report);
  }

  /** wrk's durations: {@code 812.00us}, {@code 1.23ms}, {@code 2.01s}, {@code 1.00m}. */
  static double millis(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      case "m" -> value * 60_000;
      default -> value * 3_600_000;
    };
  }
}

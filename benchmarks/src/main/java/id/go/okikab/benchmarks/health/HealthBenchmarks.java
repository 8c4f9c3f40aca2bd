package id.go.okikab.benchmarks.health;

/**
 * The health service's benchmarks: {@code zscore} (JMH), {@code due} (the due-immunisation list
 * over HTTP), or {@code all} (default), chosen by {@code OKI_BENCH_HEALTH} (or {@code
 * -Dbench.health} when run directly; Maven's exec plugin passes the environment, not -D).
 */
public final class HealthBenchmarks {

  private HealthBenchmarks() {}

  /** {@code -Dbench.x.y}, else the environment variable {@code OKI_BENCH_X_Y}, else the default. */
  static String setting(String property, String fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv("OKI_" + property.toUpperCase().replace('.', '_'));
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  static int setting(String property, int fallback) {
    return Integer.parseInt(setting(property, Integer.toString(fallback)));
  }

  public static void main(String[] args) throws Exception {
    String which = setting("bench.health", "all");
    if (which.equals("all") || which.equals("zscore")) {
      ZScoreBenchmark.main(args);
    }
    if (which.equals("all") || which.equals("due")) {
      DueListBenchmark.main(args);
    }
  }
}

package id.go.okikab.benchmarks;

/** Entry point: {@code Benchmarks <name>}. */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "relay";
    switch (name) {
      case "relay" -> RelayBenchmark.main(new String[0]);
      case "health" -> id.go.okikab.benchmarks.health.HealthBenchmarks.main(new String[0]);
      case "civil-registry" ->
          id.go.okikab.benchmarks.civilregistry.ResidentLookupBenchmark.main(new String[0]);
      case "gateway" -> id.go.okikab.benchmarks.gateway.GatewayBenchmark.main(new String[0]);
      case "permits-conformity" ->
          id.go.okikab.benchmarks.permits.ConformityBenchmark.main(new String[0]);
      default -> {
        System.err.println("unknown benchmark " + name + " (known: relay, health, civil-registry)");
        System.exit(2);
      }
    }
  }
}

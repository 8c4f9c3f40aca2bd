package id.go.okikab.benchmarks.health;

import id.go.okikab.health.domain.growth.Anthropometry;
import id.go.okikab.health.domain.growth.GrowthStandards;
import id.go.okikab.health.domain.growth.Indicator;
import id.go.okikab.health.domain.growth.Lms;
import id.go.okikab.health.domain.growth.Position;
import id.go.okikab.platform.domain.Sex;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the health service's growth computation on the shipped WHO tables (JMH): a whole
 * measurement (five indices: table lookups, the ±0.7 cm rule, weight-for-length interpolation,
 * restricted z, rounding, classification) and a single restricted weight-for-age z-score.
 * Measurements are drawn from 4,096 pre-generated children of 0–60 months.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
public class ZScoreBenchmark {

  private static final int SAMPLES = 4096;

  private Anthropometry anthropometry;
  private GrowthStandards standards;
  private Anthropometry.Measurement[] measurements;
  private int next;

  @Setup
  public void setUp() {
    standards = GrowthStandards.load();
    anthropometry = new Anthropometry(standards);
    SplittableRandom random = new SplittableRandom(42);
    measurements = new Anthropometry.Measurement[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      int age = random.nextInt(GrowthStandards.MAX_AGE_DAYS + 1);
      double months = age / 30.4375;
      // roughly along the median with noise, so every index is computed
      double length = 50 + 25 * Math.log1p(months / 6) + random.nextDouble(-6, 6);
      double weight = 3.3 + 0.45 * months - 0.004 * months * months + random.nextDouble(-1.5, 1.5);
      double head = 35 + 4 * Math.log1p(months / 3) + random.nextDouble(-2, 2);
      measurements[i] =
          new Anthropometry.Measurement(
              random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
              age,
              Math.max(1.0, Math.round(weight * 100) / 100.0),
              Math.round(length * 10) / 10.0,
              random.nextInt(10) == 0
                  ? (age < 731 ? Position.STANDING : Position.LYING)
                  : (age < 731 ? Position.LYING : Position.STANDING),
              Math.round(head * 10) / 10.0);
    }
  }

  /** One measurement: all five indices with their classes. */
  @Benchmark
  public Anthropometry.Assessment wholeMeasurement() {
    Anthropometry.Measurement m = measurements[next++ & (SAMPLES - 1)];
    return anthropometry.assess(m);
  }

  /** One weight-for-age z-score: table lookup and the restricted LMS formula. */
  @Benchmark
  public double weightForAgeZ() {
    Anthropometry.Measurement m = measurements[next++ & (SAMPLES - 1)];
    Lms lms = standards.weightForAge(m.sex(), m.ageDays()).orElseThrow();
    return Anthropometry.zScore(Indicator.WEIGHT_FOR_AGE, lms, m.weightKg());
  }

  public static void main(String[] args) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(ZScoreBenchmark.class.getName() + ".*")
            .shouldFailOnError(true)
            .build();
    new Runner(options).run();
  }
}

package id.go.okikab.benchmarks.permits;

import id.go.okikab.permits.domain.zoning.ActivityMatrix;
import id.go.okikab.permits.domain.zoning.GeoJson;
import id.go.okikab.permits.domain.zoning.Itbx;
import id.go.okikab.permits.domain.zoning.ZoneFeature;
import id.go.okikab.permits.domain.zoning.ZoneIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The KKPR conformity check (permits-service's {@link ZoneIndex}: STRtree of prepared polygons +
 * ITBX matrix) against a layer of 10,000 zone polygons (a 100 × 100 grid of 8-vertex cells over
 * OKI's box), at 1 and 20 threads, with the latency of each check; and in the same run a bare JTS
 * point-in-polygon loop (STRtree query + {@code Geometry.covers} on the raw polygons, no matrix)
 * for the ratio. Load loop, not JMH: the target is a per-request percentile at 20 clients.
 */
public final class ConformityBenchmark {

  private static final int GRID = 100;
  private static final double MIN_X = 104.4;
  private static final double MIN_Y = -4.1;
  private static final double CELL = 0.015;
  private static final String[] ZONES = {"R-2", "R-3", "K-1", "KT", "P-1", "PL", "SPU"};

  private ConformityBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<ZoneFeature> features = layer();
    ActivityMatrix matrix = new ActivityMatrix();
    for (String zone : ZONES) {
      matrix.add(new ActivityMatrix.Rule(zone, "56", zone.startsWith("K") ? Itbx.I : Itbx.B, "c"));
      matrix.add(new ActivityMatrix.Rule(zone, "56101", zone.equals("PL") ? Itbx.X : Itbx.T, "c"));
      matrix.add(new ActivityMatrix.Rule(zone, "47", Itbx.T, "c"));
    }
    long t0 = System.nanoTime();
    ZoneIndex index = new ZoneIndex("BENCH", 1, features, matrix);
    index.conformity(point(105.0, -3.5), "56101");
    System.out.printf(
        "layer: %d polygons, index built in %.0f ms%n",
        features.size(), (System.nanoTime() - t0) / 1e6);

    STRtree bare = new STRtree();
    for (ZoneFeature f : features) {
      bare.insert(f.geometry().getEnvelopeInternal(), f.geometry());
    }
    bare.build();

    int warmup = 200_000;
    int measured = 400_000;
    run("warm-up", 4, warmup, (p, k) -> index.conformity(p, k).zones().size());
    run("warm-up bare", 4, warmup, (p, k) -> bareLookup(bare, p));
    double[] one =
        run(
            "conformity, 1 thread",
            1,
            measured / 4,
            (p, k) -> index.conformity(p, k).zones().size());
    double[] bareOne =
        run("bare JTS point-in-polygon, 1 thread", 1, measured / 4, (p, k) -> bareLookup(bare, p));
    double[] twenty =
        run(
            "conformity, 20 threads",
            20,
            measured,
            (p, k) -> index.conformity(p, k).zones().size());
    double[] bareTwenty =
        run("bare JTS point-in-polygon, 20 threads", 20, measured, (p, k) -> bareLookup(bare, p));
    System.out.printf(
        "ratio conformity / bare JTS (mean latency): %.2f at 1 thread, %.2f at 20 threads%n",
        one[0] / bareOne[0], twenty[0] / bareTwenty[0]);
    System.out.printf(
        "target p99 <= 5 ms at 20 clients: %s (p99 %.3f ms)%n",
        twenty[2] <= 5.0 ? "met" : "NOT met", twenty[2]);
  }

  private static int bareLookup(STRtree tree, Point p) {
    int n = 0;
    for (Object o : tree.query(p.getEnvelopeInternal())) {
      if (((Geometry) o).covers(p)) {
        n++;
      }
    }
    return n;
  }

  interface Check {
    int apply(Point point, String kbli);
  }

  /**
   * @return mean, p50, p99, max in ms; prints them with the throughput
   */
  private static double[] run(String name, int threads, int total, Check check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int per = total / threads;
    List<Future<long[]>> parts = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long seed = 42 + t;
      parts.add(
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(seed);
                long[] latencies = new long[per];
                long sink = 0;
                for (int i = 0; i < per; i++) {
                  Point p =
                      point(
                          MIN_X + random.nextDouble() * GRID * CELL,
                          MIN_Y + random.nextDouble() * GRID * CELL);
                  String kbli = random.nextBoolean() ? "56101" : "47111";
                  long s = System.nanoTime();
                  sink += check.apply(p, kbli);
                  latencies[i] = System.nanoTime() - s;
                }
                if (sink < 0) {
                  System.out.println(sink);
                }
                return latencies;
              }));
    }
    long[] all = new long[per * threads];
    int at = 0;
    for (Future<long[]> f : parts) {
      long[] l = f.get();
      System.arraycopy(l, 0, all, at, l.length);
      at += l.length;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    double mean = Arrays.stream(all).average().orElse(0) / 1e6;
    double p50 = all[all.length / 2] / 1e6;
    double p99 = all[(int) (all.length * 0.99)] / 1e6;
    double max = all[all.length - 1] / 1e6;
    if (!name.startsWith("warm-up")) {
      System.out.printf(
          "%-40s %8d checks %9.0f/s  mean %.4f ms  p50 %.4f ms  p99 %.4f ms  max %.2f ms%n",
          name, all.length, all.length / seconds, mean, p50, p99, max);
    }
    return new double[] {mean, p50, p99, max};
  }

  private static Point point(double x, double y) {
    return GeoJson.FACTORY.createPoint(new Coordinate(x, y));
  }

  /** A grid of cells with 8 vertices each (neighbours share borders, no overlaps). */
  private static List<ZoneFeature> layer() {
    List<ZoneFeature> out = new ArrayList<>(GRID * GRID);
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        double x = MIN_X + i * CELL;
        double y = MIN_Y + j * CELL;
        double h = CELL / 2;
        Coordinate[] ring = {
          new Coordinate(x, y),
          new Coordinate(x + h, y),
          new Coordinate(x + CELL, y),
          new Coordinate(x + CELL, y + h),
          new Coordinate(x + CELL, y + CELL),
          new Coordinate(x + h, y + CELL),
          new Coordinate(x, y + CELL),
          new Coordinate(x, y + h),
          new Coordinate(x, y)
        };
        out.add(
            new ZoneFeature(
                "f" + i + "-" + j,
                ZONES[(i * 31 + j * 17) % ZONES.length],
                "zone",
                GeoJson.FACTORY.createPolygon(ring)));
      }
    }
    return out;
  }
}

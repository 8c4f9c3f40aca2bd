package id.go.okikab.devstack.demo;

import id.go.okikab.devstack.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo data into a running platform through its own APIs, through the gateway, with the
 * officers' real tokens: every {@link DemoContext} (found by {@link DemoContexts}) prepares its
 * part — reads the reference data it needs, plans its data from {@link #SEED} and the day, makes
 * the users its seed acts as — then every context seeds it, in the order of their dependencies (the
 * civil registry's residents, family cards, births and deaths; then health's puskesmas, pregnancies
 * and children's records).
 *
 * <p>Idempotent: each context first finds what exists and its creating calls carry an {@code
 * Idempotency-Key}, so a failed or repeated load completes what is missing and creates nothing
 * twice. {@link #MARKER} in the stack's data folder records a complete load.
 */
public final class DemoDataLoader {

  /** Written into the stack's data folder after a complete load. */
  public static final String MARKER = "demo-loaded";

  /** The seed of the demo data of {@code ./oki up}. */
  public static final long SEED = 20260606L;

  /** Where progress goes: one call per finished part. */
  @FunctionalInterface
  public interface Progress {
    void done(String what);
  }

  /**
   * What the platform holds of the demo data after the load, one clause per context that has data,
   * and how much of it is new.
   */
  public record Summary(List<String> parts, int created, Duration took) {

    public Summary {
      parts = List.copyOf(parts);
    }

    public String describe() {
      return String.join("; ", parts);
    }
  }

  private DemoDataLoader() {}

  /** Whether a complete load was recorded in the stack's data folder. */
  public static boolean loaded(Stack stack) {
    return Files.exists(stack.home().resolve(MARKER));
  }

  /**
   * Loads (or completes) the demo data of {@link #SEED} into the running platform, then writes
   * {@link #MARKER}.
   *
   * @throws DemoFailure naming the refused request and the platform's answer
   */
  public static Summary load(Stack stack, Progress progress) {
    List<DemoContext> contexts = DemoContexts.discover();
    Seeding seeding = new Seeding(stack, SEED, LocalDate.now(Seeding.WIB), progress, contexts);
    for (DemoContext context : contexts) {
      context.prepare(seeding);
    }
    List<String> parts = new ArrayList<>();
    for (DemoContext context : contexts) {
      String part = context.seed(seeding);
      if (part != null) {
        parts.add(part);
      }
    }
    Summary summary =
        new Summary(parts, seeding.created(), Duration.between(seeding.started(), Instant.now()));
    writeMarker(stack, seeding, summary);
    return summary;
  }

  private static void writeMarker(Stack stack, Seeding seeding, Summary summary) {
    Path marker = stack.home().resolve(MARKER);
    try {
      Files.createDirectories(stack.home());
      Files.writeString(
          marker,
          "# demo data loaded by ./oki (DemoDataLoader); delete this file to load again on ./oki up\n"
              + "seed="
              + seeding.seed()
              + "\nday="
              + seeding.today()
              + "\nloadedAt="
              + Instant.now()
              + "\nsummary="
              + summary.describe()
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

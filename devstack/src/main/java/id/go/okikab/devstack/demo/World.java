package id.go.okikab.devstack.demo;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the contexts of one load, or of one journey, know of each other's demo data: facts under
 * typed keys, put by the context that planned or created them and read by later ones (the residents
 * and family cards the civil registry recorded, for health's seed; the journey's mother and baby,
 * for the steps that follow them). A context declares the keys of its facts as constants; a key
 * names its context, so that a missing fact says whose it is.
 */
public final class World {

  /** A fact's key: the context that puts it and what it is. */
  public record Key<T>(String context, String name) {
    @Override
    public String toString() {
      return context + ": " + name;
    }
  }

  private final Map<Key<?>, Object> facts = new ConcurrentHashMap<>();

  /** A key of {@code context}'s facts. */
  public static <T> Key<T> key(String context, String name) {
    return new Key<>(context, name);
  }

  public <T> void put(Key<T> key, T value) {
    facts.put(key, value);
  }

  /**
   * The fact under {@code key}.
   *
   * @throws DemoFailure when no context put it (an earlier step or context did not run)
   */
  public <T> T get(Key<T> key) {
    return this.<T>find(key)
        .orElseThrow(() -> new DemoFailure("no fact \"" + key + "\" in the demo's world"));
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Key<T> key) {
    return Optional.ofNullable((T) facts.get(key));
  }
}

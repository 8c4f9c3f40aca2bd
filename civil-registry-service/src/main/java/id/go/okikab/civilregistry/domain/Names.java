package id.go.okikab.civilregistry.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How names are compared, searched and shown to the public. */
public final class Names {

  private Names() {}

  /** A person's name as Dukcapil writes it: letters, spaces and . , ' - */
  public static final String PATTERN = "\\p{L}[\\p{L} .,'-]*";

  public static final String PATTERN_MESSAGE =
      "must start with a letter and hold only letters, spaces and . , ' -";

  /**
   * The comparison key of a name: accents removed, upper case, apostrophes dropped, every other run
   * of non-letters and non-digits one space. {@code "Siti Nur'aini, S.Pd"} → {@code "SITI NURAINI S
   * PD"}.
   */
  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("['\u2019`]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    return plain;
  }

  /** The words of a name's key. */
  public static List<String> tokens(String name) {
    String key = key(name);
    return key == null || key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }

  /**
   * A name as the public verification shows it: each word's first letter, the rest as asterisks
   * ({@code "Sitti Aisyah"} → {@code "S**** A*****"}).
   */
  public static String masked(String name) {
    return Arrays.stream(name.trim().split("\\s+"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + "*".repeat(word.length() - 1))
        .collect(Collectors.joining(" "));
  }
}

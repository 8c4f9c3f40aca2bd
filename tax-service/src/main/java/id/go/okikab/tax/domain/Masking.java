package id.go.okikab.tax.domain;

/** A name as the public verification shows it: each word's first letter, the rest starred. */
public final class Masking {

  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(word.charAt(0)).append("*".repeat(Math.max(0, word.length() - 1)));
    }
    return out.toString();
  }
}

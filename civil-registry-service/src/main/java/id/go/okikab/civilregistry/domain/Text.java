package id.go.okikab.civilregistry.domain;

/** How free text from requests is kept. */
public final class Text {

  private Text() {}

  /** {@code null} for a missing or blank value, else the value trimmed. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

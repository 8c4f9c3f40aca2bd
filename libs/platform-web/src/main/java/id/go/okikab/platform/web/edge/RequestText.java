package id.go.okikab.platform.web.edge;

import java.util.Optional;

/**
 * What is wrong, if anything, with the raw (still percent-encoded) path or query of a request: an
 * invalid percent-escape, a control character (U+0000–U+001F, U+007F), literal or encoded, or a
 * character RFC 3986 allows only percent-encoded (a space, {@code "<>\^`{|}[]}, anything beyond
 * ASCII). A query may carry a tab in free text; nothing else of the C0 range is accepted anywhere.
 */
final class RequestText {

  private RequestText() {}

  /**
   * @param raw the path or query as received (not decoded)
   * @param query whether it is a query string (a tab is allowed there)
   * @return what is wrong ("has an invalid percent-escape", "contains a control character"), or
   *     empty when nothing is
   */
  static Optional<String> problem(String raw, boolean query) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
          return Optional.of("has an invalid percent-escape");
        }
        int decoded = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
        if (isControl(decoded, query)) {
          return Optional.of("contains a control character");
        }
        i += 2;
      } else if (isControl(c, query)) {
        return Optional.of("contains a control character");
      } else if (!allowed(c, query)) {
        return Optional.of("contains a character that must be percent-encoded");
      }
    }
    return Optional.empty();
  }

  /** RFC 3986 {@code pchar} and {@code /} (and {@code ?} in a query), besides escapes. */
  private static boolean allowed(char c, boolean query) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return "-._~!$&'()*+,;=:@/".indexOf(c) >= 0 || (query && c == '?') || (query && c == '\t');
  }

  private static boolean isControl(int c, boolean query) {
    return (c < 0x20 || c == 0x7f) && !(query && c == '\t');
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}

package id.go.okikab.gateway.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * The one path the gateway routes, authorises and forwards: the request's raw path normalised as
 * the services would read it, so that no spelling of a path reaches a service under a route the
 * gateway did not check.
 *
 * <ol>
 *   <li>Percent-encoded unreserved characters (RFC 3986 §2.3: {@code ALPHA DIGIT - . _ ~}) are
 *       decoded ({@code %2e} and {@code %2E} become {@code .}); other escapes stay encoded, hex
 *       digits in upper case.
 *   <li>Refused: an encoded {@code /} or {@code \} ({@code %2F}, {@code %5C}), a literal {@code \},
 *       control characters literal or encoded ({@code %00}–{@code %1F}, {@code %7F}), an invalid
 *       percent escape, an empty segment ({@code //}; a trailing {@code /} is kept), and a segment
 *       that is a dot segment with matrix parameters ({@code ..;x}, {@code .;x}), which some
 *       servers read as {@code ..}.
 *   <li>Dot segments are removed (RFC 3986 §5.2.4 remove_dot_segments); {@code ..} above the root
 *       stays at the root.
 * </ol>
 *
 * Empty segments are refused rather than collapsed: no client of the API needs them, and a service
 * that collapsed them after the gateway removed dot segments could read a different path.
 */
public final class RequestPaths {

  /** A path that cannot be normalised; {@link #getMessage()} says why, without echoing it. */
  public static final class MalformedPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedPathException(String reason) {
      super(reason);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RequestPaths() {}

  /**
   * The normalised form of {@code rawPath} (the path of the request target, without the query).
   *
   * @throws MalformedPathException when it cannot be normalised
   */
  public static String normalise(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      throw new MalformedPathException("the path must start with /");
    }
    return removeDotSegments(decodeUnreserved(rawPath));
  }

  private static String decodeUnreserved(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        int high = i + 1 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
        int low = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new MalformedPathException("the path has an invalid percent escape");
        }
        char decoded = (char) (high * 16 + low);
        if (decoded == '/' || decoded == '\\') {
          throw new MalformedPathException("the path has an encoded slash or backslash");
        }
        if (isControl(decoded)) {
          throw new MalformedPathException("the path has an encoded control character");
        }
        if (isUnreserved(decoded)) {
          out.append(decoded);
        } else {
          out.append('%').append(HEX[high]).append(HEX[low]);
        }
        i += 2;
      } else if (c == '\\') {
        throw new MalformedPathException("the path has a backslash");
      } else if (isControl(c)) {
        throw new MalformedPathException("the path has a control character");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** remove_dot_segments over whole segments; {@code path} starts with {@code /}. */
  private static String removeDotSegments(String path) {
    String[] segments = path.substring(1).split("/", -1);
    List<String> out = new ArrayList<>(segments.length);
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        trailingSlash = last; // "/a/b/.." is "/a/"
        continue;
      }
      if (segment.startsWith(".;") || segment.startsWith("..;")) {
        throw new MalformedPathException("the path has a dot segment with parameters");
      }
      if (segment.isEmpty() && !last) {
        throw new MalformedPathException("the path has an empty segment (//)");
      }
      out.add(segment); // a last empty segment is the trailing slash
    }
    String joined = "/" + String.join("/", out);
    return trailingSlash && !out.isEmpty() ? joined + "/" : joined;
  }

  private static boolean isUnreserved(char c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }
}

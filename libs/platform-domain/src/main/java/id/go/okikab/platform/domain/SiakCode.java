package id.go.okikab.platform.domain;

import java.util.Arrays;

/**
 * A SIAK-compatible code list of domain.md §1.3 (family relationship, religion, marital status,
 * blood type): store the numeric code, render the label. These are Dukcapil's lists as OpenSID
 * mirrors them; BPS survey lists use different numbers and never share a column with them.
 */
public interface SiakCode {

  /** The numeric SIAK code (1-based). */
  int code();

  /** The Indonesian label Dukcapil prints. */
  String label();

  /**
   * The constant of {@code type} with {@code code}.
   *
   * @param rule the rule slug reported when the code is unknown, e.g. {@code shdk-unknown}
   * @throws InvalidIdentifierException naming {@code rule} when no constant has the code
   */
  static <E extends Enum<E> & SiakCode> E fromCode(Class<E> type, int code, String rule) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.code() == code)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidIdentifierException(
                    rule,
                    "unknown code "
                        + code
                        + "; known: 1-"
                        + type.getEnumConstants().length
                        + " (domain.md 1.3)"));
  }

  /**
   * Like {@link #fromCode(Class, int, String)} for a code sent as text ({@code "4"}).
   *
   * @throws InvalidIdentifierException naming {@code rule} when the text is not a known code
   */
  static <E extends Enum<E> & SiakCode> E fromCode(Class<E> type, String code, String rule) {
    if (code == null || !code.matches("\\d{1,2}")) {
      throw new InvalidIdentifierException(rule, "a code is a number of one or two digits");
    }
    return fromCode(type, Integer.parseInt(code), rule);
  }
}

package id.go.okikab.permits.domain;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.util.regex.Pattern;

/** NIB and KBLI formats (domain.md §4.1): NIB 13 digits, no check digit; KBLI 5 digits. */
public final class Identifiers {

  private static final Pattern NIB = Pattern.compile("\\d{13}");
  private static final Pattern KBLI = Pattern.compile("\\d{5}");

  /** A KBLI level used in an activity matrix: division (2) to subclass (5) digits. */
  private static final Pattern KBLI_PREFIX = Pattern.compile("\\d{2,5}");

  private Identifiers() {}

  public static boolean isNib(String value) {
    return value != null && NIB.matcher(value).matches();
  }

  public static boolean isKbli(String value) {
    return value != null && KBLI.matcher(value).matches();
  }

  public static boolean isKbliLevel(String value) {
    return value != null && KBLI_PREFIX.matcher(value).matches();
  }

  /**
   * @throws DomainRuleViolation {@code kbli-invalid} naming {@code field}
   */
  public static String requireKbli(String value, String field) {
    if (!isKbli(value)) {
      throw new DomainRuleViolation(
          "kbli-invalid", "A KBLI code is 5 digits (KBLI 2020), e.g. 56101.", field);
    }
    return value;
  }
}

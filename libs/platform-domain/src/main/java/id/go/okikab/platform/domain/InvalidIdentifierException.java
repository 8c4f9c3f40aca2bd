package id.go.okikab.platform.domain;

/**
 * An identifier broke a structural rule. {@link #rule()} is a stable code (e.g. {@code
 * nik-day-invalid}) that services turn into a problem type.
 */
public class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  public InvalidIdentifierException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}

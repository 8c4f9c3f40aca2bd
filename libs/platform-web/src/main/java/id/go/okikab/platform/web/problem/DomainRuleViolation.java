package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * 422: well-formed input that breaks a domain rule. Each rule has a stable slug, so the problem
 * type is {@code https://okikab.go.id/problems/<rule>} (e.g. {@code birth-date-in-future}, {@code
 * tax-arrears-outstanding}).
 *
 * <pre>
 * throw new DomainRuleViolation("birth-date-in-future", "A birth cannot be registered before it happens.", "birthDate");
 * </pre>
 */
public class DomainRuleViolation extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  /**
   * @param rule the rule's slug, lowercase kebab-case
   * @param detail what is wrong, for a person
   * @param field the JSON field at fault, or {@code null} when the rule concerns the whole request
   */
  public DomainRuleViolation(String rule, String detail, String field) {
    super(
        422,
        rule,
        "Domain rule violated",
        detail,
        field == null ? List.of() : List.of(new FieldError(field, detail)));
    this.rule = rule;
  }

  public DomainRuleViolation(String rule, String detail) {
    this(rule, detail, null);
  }

  public String rule() {
    return rule;
  }
}

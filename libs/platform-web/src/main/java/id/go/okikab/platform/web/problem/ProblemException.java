package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * An error the platform answers with a problem of a known status and type. Services throw one of
 * the subclasses ({@link NotFoundProblem}, {@link ForbiddenProblem}, {@link ConflictProblem},
 * {@link DomainRuleViolation}, {@link ValidationProblem}, {@link DependencyUnavailableException},
 * …); the shared exception mapper turns it into {@code application/problem+json}.
 *
 * <p>{@link #getMessage()} is the {@code detail} the client sees: never put personal data (a NIK, a
 * name) or internals (SQL, class names) in it.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String typeSlug;
  private final String title;
  private final List<FieldError> errors;

  public ProblemException(
      int status, String typeSlug, String title, String detail, List<FieldError> errors) {
    this(status, typeSlug, title, detail, errors, null);
  }

  public ProblemException(
      int status,
      String typeSlug,
      String title,
      String detail,
      List<FieldError> errors,
      Throwable cause) {
    super(detail, cause);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has an error status, not " + status);
    }
    if (typeSlug == null || !typeSlug.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("a problem type slug is lowercase kebab-case");
    }
    this.status = status;
    this.typeSlug = typeSlug;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  /** The last segment of the type URI ({@link ProblemTypes#BASE} + slug). */
  public String typeSlug() {
    return typeSlug;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }
}

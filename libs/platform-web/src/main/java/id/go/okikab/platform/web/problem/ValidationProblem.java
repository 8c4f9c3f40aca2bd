package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * 400 {@code validation}: input that Bean Validation cannot express (a header, a combination of
 * parameters). Bean Validation failures themselves need no code: the shared mapper turns them into
 * the same problem.
 */
public class ValidationProblem extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ValidationProblem(List<FieldError> errors) {
    super(
        400, ProblemTypes.VALIDATION, "Invalid request", "The request has invalid fields.", errors);
  }

  public ValidationProblem(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}

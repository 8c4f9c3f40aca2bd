package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * 404: the resource does not exist, or the caller may not know that it exists. Never pass a NIK as
 * the id: it ends up in the response.
 */
public class NotFoundProblem extends ProblemException {

  private static final long serialVersionUID = 1L;

  public NotFoundProblem(String detail) {
    super(404, ProblemTypes.NOT_FOUND, "Not found", detail, List.of());
  }

  /** E.g. {@code new NotFoundProblem("birth declaration", id)}. */
  public NotFoundProblem(String resourceType, Object id) {
    this("No " + resourceType + " with id " + id + ".");
  }
}

package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * 403: the caller is authenticated but may not do this (wrong role, or not the owner). Named {@code
 * …Problem} to stay apart from JAX-RS' and Quarkus' {@code ForbiddenException}, which map to the
 * same problem.
 */
public class ForbiddenProblem extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ForbiddenProblem(String detail) {
    super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, List.of());
  }
}

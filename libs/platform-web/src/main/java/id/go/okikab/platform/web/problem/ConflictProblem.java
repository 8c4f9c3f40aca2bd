package id.go.okikab.platform.web.problem;

import java.util.List;

/** 409: the request conflicts with the current state (a duplicate, a concurrent change). */
public class ConflictProblem extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ConflictProblem(String detail) {
    super(409, ProblemTypes.CONFLICT, "Conflict", detail, List.of());
  }
}

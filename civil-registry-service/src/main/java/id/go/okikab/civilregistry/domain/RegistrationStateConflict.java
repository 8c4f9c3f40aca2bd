package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ProblemException;
import java.util.List;

/** 409 {@code registration-state-conflict}: the registration is not in a state that allows this. */
public class RegistrationStateConflict extends ProblemException {

  private static final long serialVersionUID = 1L;

  public RegistrationStateConflict(RegistrationStatus current, RegistrationStatus target) {
    super(
        409,
        "registration-state-conflict",
        "Conflict",
        "A registration that is "
            + current
            + " cannot become "
            + target
            + " (allowed next: "
            + current.next()
            + ").",
        List.of(new FieldError("status", "is " + current)));
  }
}

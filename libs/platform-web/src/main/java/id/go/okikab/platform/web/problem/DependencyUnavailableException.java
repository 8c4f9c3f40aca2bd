package id.go.okikab.platform.web.problem;

import java.util.List;

/**
 * 503 {@code dependency-unavailable}: a server this service needs (its database, the identity
 * provider, another agency's system) does not answer. The response names the dependency and carries
 * {@code Retry-After}.
 */
public class DependencyUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String dependency;

  public DependencyUnavailableException(String dependency) {
    this(dependency, null);
  }

  public DependencyUnavailableException(String dependency, Throwable cause) {
    super(
        503,
        ProblemTypes.DEPENDENCY_UNAVAILABLE,
        "Dependency unavailable",
        "A service this request needs is unavailable: " + dependency + ". Try again later.",
        List.of(),
        cause);
    this.dependency = dependency;
  }

  public String dependency() {
    return dependency;
  }
}
